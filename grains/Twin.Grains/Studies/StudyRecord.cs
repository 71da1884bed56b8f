using Twin.Contracts.Studies;

namespace Twin.Grains.Studies;

/// <summary>A study grain's persisted state: what was asked, its runs, and how far they are.</summary>
[GenerateSerializer, Alias("twin.study-record")]
public sealed class StudyRecord
{
    [Id(0)] public StudyRequest? Request { get; set; }
    [Id(1)] public StudyRun[] Runs { get; set; } = [];
    [Id(2)] public StudyState State { get; set; }
    [Id(3)] public string? Error { get; set; }
    [Id(4)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Per run: 0 not started, 1 running, 2 done.</summary>
    [Id(5)] public byte[] Progress { get; set; } = [];

    [Id(6)] public int RunsFromCache { get; set; }
    [Id(7)] public double ElapsedSeconds { get; set; }
}
