using Twin.Model.Kernel;
using Twin.Model.Markets.Book;

namespace Twin.Model.Markets.Messages;

/// <summary>An execution of one of the receiver's orders (market to owner). Slots: I0 client id, I1 side, I2 lots, I3 price in ticks.</summary>
public readonly record struct FillMessage(int ClientId, Side Side, int Lots, int PriceTicks)
{
    public void Send(Outbox outbox, int owner) =>
        outbox.Send(owner, MessageKind.Fill, i0: ClientId, i1: (int)Side, i2: Lots, i3: PriceTicks);

    public static FillMessage From(in Message m) => new(m.I0, (Side)m.I1, m.I2, m.I3);

    /// <summary>Lots bought (positive) or sold (negative).</summary>
    public int SignedLots => Side == Side.Buy ? Lots : -Lots;
}
