using Twin.Model.Markets.Book;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Participants;

/// <summary>
/// A producer (sign -1, short) or consumer (sign +1, long) keeping a hedge of about its size:
/// target = sign × lots × clamp(1 - sign × k × (close - value)/scale, 0, 2), so a producer sells more
/// when the price looks rich and a consumer buys more when it looks cheap. Each day it sends a share
/// (urgency) of the gap to the opening auction, limited to its value plus or minus its patience.
/// </summary>
internal sealed class HedgerStrategy(int sign) : ITradingStrategy
{
    public bool CountsOrdersInFlight => true;

    public void Decide(in TradingView view, StrategySpec s, double noise, OrderSink orders)
    {
        double gap = (view.Close - view.Value) / view.Scale;
        double target = sign * view.Lots * Math.Clamp(1 - sign * s.ValueSensitivity * gap, 0, 2);
        long trade = (long)Math.Round(s.Urgency * (target - view.Position));
        double reach = s.Patience * view.Scale;
        if (trade > 0) orders.Buy(view.Value + reach, trade, TimeInForce.Day, auction: true);
        else if (trade < 0) orders.Sell(view.Value - reach, -trade, TimeInForce.Day, auction: true);
    }
}
