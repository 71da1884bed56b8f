using Twin.Model.Kernel;

namespace Twin.Model.Expo;

/// <summary>The institute's newly enrolled trainees of a day, to the expo centre they may visit: D0 trainees.</summary>
public static class ExpoVisitorsCodec
{
    public static void Send(Outbox outbox, int expo, double trainees) =>
        outbox.Send(expo, MessageKind.InstituteVisitors, d0: trainees);

    public static double Read(in Message m) => m.D0;
}
