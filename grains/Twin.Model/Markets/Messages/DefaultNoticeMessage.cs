using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>A participant is in default (clearing house to markets and to the participant). Slots: I0 the participant's entity index.</summary>
public readonly record struct DefaultNoticeMessage(int Participant)
{
    public void Send(Outbox outbox, int to) => outbox.Send(to, MessageKind.DefaultNotice, i0: Participant);

    public static DefaultNoticeMessage From(in Message m) => new(m.I0);
}
