using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>A hub's or warehouse's status in a message: D0 the wait, in days of its capacity, of the cargo it could not handle today.</summary>
public static class NodeStatusCodec
{
    public static void Send(Outbox outbox, int to, double waitDays) => outbox.Send(to, MessageKind.NodeStatus, d0: waitDays);

    public static double ReadWaitDays(in Message m) => m.D0;
}
