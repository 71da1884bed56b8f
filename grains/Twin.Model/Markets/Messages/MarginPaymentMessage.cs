using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>
/// A payment into the sender's account at the clearing house, in US dollars, against one margin call
/// (which the clearing house credits it to first). Slots: I0 the call's day (-1 for none), I1 1 for a
/// variation call; D0 amount.
/// </summary>
public readonly record struct MarginPaymentMessage(double AmountUsd, int CallDay = -1, bool Variation = false)
{
    public void Send(Outbox outbox, int clearing) =>
        outbox.Send(clearing, MessageKind.MarginPayment, i0: CallDay, i1: Variation ? 1 : 0, d0: AmountUsd);

    public static MarginPaymentMessage From(in Message m) => new(m.D0, m.I0, m.I1 == 1);
}
