using Twin.Model.Kernel;

namespace Twin.Model.Institute;

/// <summary>The KPIs a programme records every day, and their positions in its KPI row.</summary>
public static class ProgrammeKpis
{
    public const int Open = 0;
    public const int Applications = 1;
    public const int Pending = 2;
    public const int Applicants = 3;
    public const int Rejected = 4;
    public const int Enrolled = 5;
    public const int NoShows = 6;
    public const int DroppedOut = 7;
    public const int Completed = 8;
    public const int Active = 9;
    public const int ClassesStarted = 10;
    public const int ClassesHeld = 11;
    public const int ClassesRunning = 12;
    public const int SeatsOffered = 13;
    public const int SeatsUsed = 14;
    public const int ReturnedHome = 15;
    public const int Stayed = 16;
    public const int FirmsFounded = 17;
    public const int FirmsToured = 18;
    public const int Alumni = 19;
    public const int Closed = 20;

    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        new("open", "days", KpiAggregation.Sum, KpiDirection.Neutral, "1 on a day the programme takes applications and starts classes"),
        new("applications", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "applications received"),
        new("applications_pending", "people", KpiAggregation.Last, KpiDirection.Neutral, "applications waiting for the next class"),
        new("applicants", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "applications decided (at a class's start): rejected + enrolled"),
        new("rejected", "people", KpiAggregation.Sum, KpiDirection.Neutral, "applicants not given a seat"),
        new("enrolled", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "applicants given a seat", Headline: true),
        new("no_shows", "people", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "enrolled who did not turn up (part of dropped_out)"),
        new("dropped_out", "people", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "enrolled who left before completing, no-shows included"),
        new("completed", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "trainees who completed", Headline: true),
        new("active", "people", KpiAggregation.Mean, KpiDirection.HigherIsBetter, "trainees in running classes at the end of the day"),
        new("classes_started", "classes", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "classes (intakes, tours) started", Headline: true),
        new("classes_held", "classes", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "due classes waiting for enough applicants"),
        new("classes_running", "classes", KpiAggregation.Mean, KpiDirection.Neutral, "classes still running at the end of the day"),
        new("seats_offered", "seats", KpiAggregation.Mean, KpiDirection.Neutral, "seats of the running classes"),
        new("seats_used", "seats", KpiAggregation.Mean, KpiDirection.HigherIsBetter, "seats of the running classes held by active trainees"),
        new("returned_home", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "completers who went home (new alumni abroad)"),
        new("stayed", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "completers who stayed to work in a town"),
        new("firms_founded", "firms", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "firms founded in a town by completers"),
        new("firms_toured", "firms", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "zone firms back from a go-global tour"),
        new("alumni", "people", KpiAggregation.Last, KpiDirection.HigherIsBetter, "completers since the start of the run"),
        new("closed", "days", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "1 on a day the entity is closed by an intervention"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();
}
