using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>Vehicles that crossed a border: I0 vehicles; D0 TEU, D1 tonnes, D2 days they waited at the crossing.</summary>
public static class BorderCrossingCodec
{
    public static void Send(Outbox outbox, int border, double teu, double tonnes, double waitDays) =>
        outbox.Send(border, MessageKind.BorderCrossing, 1, d0: teu, d1: tonnes, d2: waitDays);
}
