using Twin.Model.Markets.Book;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Participants;

/// <summary>
/// Quotes both sides of continuous trading around centre = w × close + (1 - w) × value, leaned
/// against its inventory by up to a whole spread at the limit (long: lower quotes), at half the spread and one more half-spread for each
/// further level, with the size growing by level. A side's ladder stops where the inventory limit would be reached.
/// </summary>
internal sealed class MarketMakerStrategy : ITradingStrategy
{
    public bool CountsOrdersInFlight => false;

    public void Decide(in TradingView view, StrategySpec s, double noise, OrderSink orders)
    {
        double limit = s.InventoryLimit * view.Lots;
        double inventory = Math.Clamp(view.Position / limit, -1, 1);
        double half = s.QuoteSpread / 2 * view.Scale;
        double centre = s.CloseWeight * view.Close + (1 - s.CloseWeight) * view.Value - inventory * 2 * half;
        // Each side's ladder is cut to the room left before the limit, so a day's fills cannot carry
        // the inventory past it (under a margin call, no side that would add to the position).
        long buyRoom = view.Called && view.Position >= 0 ? 0 : (long)limit - view.Position;
        long sellRoom = view.Called && view.Position <= 0 ? 0 : (long)limit + view.Position;
        for (int level = 0; level < s.QuoteLevels; level++)
        {
            double offset = half * (1 + level);
            long size = (long)view.Lots * (level + 1);
            long bid = Math.Min(size, buyRoom), ask = Math.Min(size, sellRoom);
            orders.Buy(centre - offset, bid, TimeInForce.Day, auction: false);
            orders.Sell(centre + offset, ask, TimeInForce.Day, auction: false);
            buyRoom -= bid;
            sellRoom -= ask;
        }
    }
}
