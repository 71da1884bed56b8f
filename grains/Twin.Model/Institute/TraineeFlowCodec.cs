using Twin.Model.Kernel;

namespace Twin.Model.Institute;

/// <summary>
/// A country's trainee flow in a message: I0 country index, I1 applicants, I2 enrolled, I3 dropped
/// out; D0 completed, D1 returned home, D2 stayed, D3 founded firms (whole numbers).
/// </summary>
public static class TraineeFlowCodec
{
    public static void Send(Outbox outbox, int institute, int country, in TraineeFlow f) =>
        outbox.Send(institute, MessageKind.TraineeFlow, country, f.Applicants, f.Enrolled, f.DroppedOut,
            f.Completed, f.ReturnedHome, f.Stayed, f.FoundedFirms);

    public static (int Country, TraineeFlow Flow) Read(in Message m) => (m.I0, new TraineeFlow
    {
        Applicants = m.I1,
        Enrolled = m.I2,
        DroppedOut = m.I3,
        Completed = (int)m.D0,
        ReturnedHome = (int)m.D1,
        Stayed = (int)m.D2,
        FoundedFirms = (int)m.D3,
    });
}
