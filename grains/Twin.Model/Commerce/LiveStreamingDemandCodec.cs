using Twin.Model.Kernel;

namespace Twin.Model.Commerce;

/// <summary>The live-streaming channel's factor on a town's e-commerce demand in a message: D0 the factor (1 at the calibrated rate).</summary>
public static class LiveStreamingDemandCodec
{
    public static void Send(Outbox outbox, int town, double factor) => outbox.Send(town, MessageKind.LiveStreamingDemand, d0: factor);

    public static double Read(in Message m) => m.D0;
}
