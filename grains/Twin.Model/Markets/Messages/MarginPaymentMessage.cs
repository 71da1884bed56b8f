using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>A payment into the sender's account at the clearing house, in US dollars. Slots: D0 amount.</summary>
public readonly record struct MarginPaymentMessage(double AmountUsd)
{
    public void Send(Outbox outbox, int clearing) => outbox.Send(clearing, MessageKind.MarginPayment, d0: AmountUsd);

    public static MarginPaymentMessage From(in Message m) => new(m.D0);
}
