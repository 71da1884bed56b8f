using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>A route status in a message: I0 1 for the return direction; D0 wait days, D1 transit days, D2 on-time share.</summary>
public static class RouteStatusCodec
{
    public static void Send(Outbox outbox, int to, bool returnDirection, in RouteStatus status) =>
        outbox.Send(to, MessageKind.RouteStatus, returnDirection ? 1 : 0, d0: status.WaitDays, d1: status.TransitDays, d2: status.OnTimeShare);

    public static RouteStatus Read(in Message m) => new(m.D0, m.D1, m.D2);

    public static bool IsReturn(in Message m) => m.I0 == 1;
}
