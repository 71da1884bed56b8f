using Twin.Model.Kernel;

namespace Twin.Model.Institute;

/// <summary>The alumni effect in a message: I0 country index, D0 the export demand multiplier for it.</summary>
public static class AlumniEffectCodec
{
    public static void Send(Outbox outbox, int town, int country, double multiplier) =>
        outbox.Send(town, MessageKind.AlumniEffect, country, d0: multiplier);

    public static (int Country, double Multiplier) Read(in Message m) => (m.I0, m.D0);
}
