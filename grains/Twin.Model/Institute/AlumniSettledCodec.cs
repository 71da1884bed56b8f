using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Institute;

/// <summary>
/// Alumni who stay in a town: <see cref="MessageKind.AlumniSettled"/> with I0 people joining the
/// labour force (founders included), then one <see cref="MessageKind.AlumniFirmFounded"/> with
/// I0 the sector per firm they found. Sent in that order, so the founders are in the labour force
/// before their firms hire.
/// </summary>
public static class AlumniSettledCodec
{
    public static void SendWorkers(Outbox outbox, int town, int people) =>
        outbox.Send(town, MessageKind.AlumniSettled, people);

    public static void SendFirm(Outbox outbox, int town, Sector sector) =>
        outbox.Send(town, MessageKind.AlumniFirmFounded, (int)sector);

    public static int ReadWorkers(in Message m) => m.I0;

    public static Sector ReadSector(in Message m) => (Sector)m.I0;
}
