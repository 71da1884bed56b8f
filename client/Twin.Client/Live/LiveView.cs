using Twin.Contracts.Kernel;

namespace Twin.Client.Live;

/// <summary>The live twin now: where its clock is, and the latest days of every entity's KPIs.</summary>
/// <param name="Today">The calendar date of the last day stepped.</param>
public sealed record LiveView(RunStatus Status, string Scenario, DateOnly Start, DateOnly Today, double DaysPerMinute, RunRecent Recent);

/// <summary>Observations that could not be taken; nothing of the batch was applied.</summary>
/// <param name="title">What was refused, for the answer's title ("The observations are not valid", "The fork is not valid").</param>
public sealed class ObservationInvalidException(IReadOnlyList<Twin.Model.Scenarios.ValidationProblem> problems, string title = "The observations are not valid")
    : Exception(title + ":\n" + string.Join("\n", problems.Select(p => "  " + p)))
{
    public string Title { get; } = title;

    public IReadOnlyList<Twin.Model.Scenarios.ValidationProblem> Problems { get; } = problems;
}

/// <summary>The live twin is not running on this cluster.</summary>
public sealed class LiveTwinNotRunningException(string message) : Exception(message);

/// <summary>A what-if to branch off the live twin: its levers (a missing day means the day after the fork) and how far to look ahead.</summary>
/// <param name="Replications">How many forks from the same live state: replication 0 carries on the live run's streams, replication k draws from streams keyed by (fork, k); the live projection is replicated the same way, paired by k.</param>
public sealed record ForkRequest(IReadOnlyList<System.Text.Json.JsonElement> Interventions, int Days = 90, string Title = "", int Replications = 1)
{
    public const int MaxReplications = 1000;
}
