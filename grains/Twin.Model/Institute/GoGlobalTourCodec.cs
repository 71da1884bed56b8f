using Twin.Model.Kernel;

namespace Twin.Model.Institute;

/// <summary>Firms back from a "go global" tour: I0 how many firms of the town took part, D0 the boost to each one's export propensity.</summary>
public static class GoGlobalTourCodec
{
    public static void Send(Outbox outbox, int town, int firms, double exportBoost) =>
        outbox.Send(town, MessageKind.GoGlobalTour, firms, d0: exportBoost);

    public static (int Firms, double ExportBoost) Read(in Message m) => (m.I0, m.D0);
}
