using Twin.Model.Kernel;
using Twin.Model.Markets.Book;

namespace Twin.Model.Markets.Messages;

/// <summary>
/// A new order (participant to market). The market keys it by (sender, <see cref="ClientId"/>).
/// Slots: I0 client id, I1 flags (side, type, time in force, auction), I2 lots, I3 price in ticks.
/// </summary>
/// <param name="Auction">For the next opening call auction rather than continuous trading.</param>
public readonly record struct NewOrderMessage(int ClientId, Side Side, OrderType Type, TimeInForce TimeInForce, bool Auction, int Lots, int PriceTicks)
{
    public void Send(Outbox outbox, int market) =>
        outbox.Send(market, MessageKind.OrderNew, i0: ClientId, i1: Flags, i2: Lots, i3: PriceTicks);

    public static NewOrderMessage From(in Message m) => new(
        m.I0,
        (Side)(m.I1 & 1),
        (OrderType)((m.I1 >> 1) & 1),
        (TimeInForce)((m.I1 >> 2) & 3),
        (m.I1 & 16) != 0,
        m.I2,
        m.I3);

    private int Flags => (int)Side | ((int)Type << 1) | ((int)TimeInForce << 2) | (Auction ? 16 : 0);
}
