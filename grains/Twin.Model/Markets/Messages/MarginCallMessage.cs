using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>
/// A margin call (clearing house to participant): pay at least this much by the deadline day.
/// Slots: I0 call day, I1 deadline, I2 1 for variation margin (0 for initial margin); D0 amount in US dollars.
/// </summary>
public readonly record struct MarginCallMessage(int CallDay, int Deadline, double AmountUsd, bool Variation = false)
{
    public void Send(Outbox outbox, int participant) =>
        outbox.Send(participant, MessageKind.MarginCall, i0: CallDay, i1: Deadline, i2: Variation ? 1 : 0, d0: AmountUsd);

    public static MarginCallMessage From(in Message m) => new(m.I0, m.I1, m.D0, m.I2 == 1);
}
