using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>Change a resting order (participant to market). Slots: I0 client id, I2 new open lots, I3 new price in ticks.</summary>
public readonly record struct AmendOrderMessage(int ClientId, int Lots, int PriceTicks)
{
    public void Send(Outbox outbox, int market) => outbox.Send(market, MessageKind.OrderAmend, i0: ClientId, i2: Lots, i3: PriceTicks);

    public static AmendOrderMessage From(in Message m) => new(m.I0, m.I2, m.I3);
}
