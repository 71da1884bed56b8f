namespace Twin.Model.Scenarios;

/// <summary>
/// One programme of the institute: its classes (or intakes, or tours), seats, applications and
/// what becomes of those who complete it. Trainees are cohorts inside the programme's entity.
/// </summary>
public sealed class ProgrammeSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    public required ProgrammeType Type { get; init; }

    /// <summary>False for a planned programme: no applications, no classes until a `set` switches it on.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The first day it takes applications; none: open before the run starts.</summary>
    public DateOnly? Opens { get; init; }

    /// <summary>Classes (intakes, tours) a year, evenly spaced.</summary>
    [Min(0), Max(365)] public required double ClassesPerYear { get; init; }

    [Min(1), Max(100_000)] public required int SeatsPerClass { get; init; }

    /// <summary>A class starts only with at least this many applicants; until then it waits.</summary>
    [Min(1), Max(100_000)] public int MinClassSize { get; init; } = 1;

    /// <summary>Days from a class's first day to its completion.</summary>
    [Min(1), Max(3650)] public required int DurationDays { get; init; }

    /// <summary>Mean applications a year from all countries (Poisson), split by the countries' weights.</summary>
    [Min(0), Max(10_000_000)] public required double ApplicationsPerYear { get; init; }

    /// <summary>Share of the admitted who turn up; the others are no-shows (counted as dropouts on the first day).</summary>
    [Min(0), Max(1)] public double Attendance { get; init; } = 1;

    /// <summary>Probability that a trainee who started drops out before completion.</summary>
    [Min(0), Max(1)] public double DropoutShare { get; init; }

    /// <summary>Share of those who complete who stay in a town of the zone and join its labour force.</summary>
    [Min(0), Max(1)] public double StayShare { get; init; }

    /// <summary>Share of those who complete who stay and found a firm in a town of the zone.</summary>
    [Min(0), Max(1)] public double FoundFirmShare { get; init; }

    /// <summary>Go-global tours only: added to the export propensity of each participating firm.</summary>
    [Min(0), Max(1)] public double ExportBoost { get; init; }

    /// <summary>Weights of the groups of countries among its applicants.</summary>
    public CountryGroupWeights GroupWeights { get; init; } = new();
}
