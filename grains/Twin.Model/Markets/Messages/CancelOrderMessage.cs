using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>Cancel a resting order (participant to market). Slots: I0 client id.</summary>
public readonly record struct CancelOrderMessage(int ClientId)
{
    public void Send(Outbox outbox, int market) => outbox.Send(market, MessageKind.OrderCancel, i0: ClientId);

    public static CancelOrderMessage From(in Message m) => new(m.I0);
}
