using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>One trade (market to clearing house), for novation. Slots: I0 buyer, I1 seller (entity indexes), I2 lots, I3 price in ticks; D0 price.</summary>
public readonly record struct TradeReportMessage(int Buyer, int Seller, int Lots, int PriceTicks, double Price)
{
    public void Send(Outbox outbox, int clearing) =>
        outbox.Send(clearing, MessageKind.TradeReport, i0: Buyer, i1: Seller, i2: Lots, i3: PriceTicks, d0: Price);

    public static TradeReportMessage From(in Message m) => new(m.I0, m.I1, m.I2, m.I3, m.D0);
}
