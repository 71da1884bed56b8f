using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Participants;

/// <summary>Turns a strategy's orders into messages to one market: prices on the tick grid, fresh order numbers, lots in flight.</summary>
internal sealed class OrderSink(Outbox outbox, MarketSlot slot, Func<int> nextClientId)
{
    public int Sent { get; private set; }

    public void Buy(double price, long lots, TimeInForce tif, bool auction) =>
        Send(Side.Buy, slot.Grid.BuyTicks(price), lots, tif, auction);

    public void Sell(double price, long lots, TimeInForce tif, bool auction) =>
        Send(Side.Sell, slot.Grid.SellTicks(price), lots, tif, auction);

    private void Send(Side side, int ticks, long lots, TimeInForce tif, bool auction)
    {
        if (lots < 1) return;
        int quantity = (int)Math.Min(lots, int.MaxValue);
        new NewOrderMessage(nextClientId(), side, OrderType.Limit, tif, auction, quantity, ticks).Send(outbox, slot.Market);
        slot.InFlight += side == Side.Buy ? quantity : -quantity;
        Sent++;
    }
}
