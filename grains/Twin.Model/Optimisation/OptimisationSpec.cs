using Twin.Model.Scenarios;

namespace Twin.Model.Optimisation;

/// <summary>
/// An optimisation as a planner writes it (JSON; see docs/statistics.md): the scenario, the levers
/// and their ranges, one objective, constraints held with a stated confidence, a budget, and how
/// many replications judge each candidate. Paths in it are relative to the file.
/// </summary>
public sealed class OptimisationSpec
{
    [MaxLength(2000)] public string Description { get; init; } = "";

    [MaxLength(500)] public required string Scenario { get; init; }

    public required IReadOnlyList<LeverSpec> Levers { get; init; }

    public required ObjectiveSpec Objective { get; init; }

    public IReadOnlyList<ConstraintSpec> Constraints { get; init; } = [];

    public BudgetSpec Budget { get; init; } = new();

    /// <summary>Replications per candidate, on the same seeds for every candidate (common random numbers).</summary>
    [Min(2), Max(1000)] public int Replications { get; init; } = 10;

    [Min(1), Max(36500)] public int? Days { get; init; }

    [Min(0)] public long? Seed { get; init; }

    /// <summary>The window every KPI is aggregated over (default: the whole run).</summary>
    [Min(0)] public int? From { get; init; }

    [Min(0)] public int? To { get; init; }

    /// <summary>How many of the best feasible candidates the final ranking compares.</summary>
    [Min(2), Max(20)] public int Finalists { get; init; } = 5;

    /// <summary>The joint confidence of the final ranking (Bonferroni over the finalists).</summary>
    [Min(0.5), Max(0.999)] public double Confidence { get; init; } = 0.95;

    /// <summary>Where the search starts (one value per lever); default: the middle of each range.</summary>
    public IReadOnlyList<double>? Start { get; init; }
}

public sealed class LeverSpec
{
    [MaxLength(300)] public required string Path { get; init; }

    public required double Min { get; init; }

    public required double Max { get; init; }

    public bool Integer { get; init; }
}

/// <summary>Minimise or maximise either one KPI of one entity (its declared aggregation over the window) or the levers' sum (a cost).</summary>
public sealed class ObjectiveSpec
{
    [Pattern("^(min|max|minimise|minimize|maximise|maximize)$", "min or max")] public required string Goal { get; init; }

    [MaxLength(200)] public string? Entity { get; init; }

    [MaxLength(200)] public string? Kpi { get; init; }

    /// <summary>"sum": the objective is the sum of the levers' values (e.g. the fewest departures), known without noise.</summary>
    [Pattern("^sum$", "\"sum\"")] public string? Levers { get; init; }

    public bool Minimise => Goal.StartsWith("min", StringComparison.Ordinal);
}

/// <summary>
/// A KPI bound that must hold with <see cref="Confidence"/>: the one-sided Student-t bound of the
/// mean across replications is inside <see cref="Max"/> (or <see cref="Min"/>). With <see cref="InDaysOf"/>,
/// the KPI is divided by the daily rate of that flow KPI of the same entity (its total over the window ÷ days): "days of capacity".
/// </summary>
public sealed class ConstraintSpec
{
    [MaxLength(200)] public required string Entity { get; init; }

    [MaxLength(200)] public required string Kpi { get; init; }

    public double? Max { get; init; }

    public double? Min { get; init; }

    [MaxLength(200)] public string? InDaysOf { get; init; }

    [Min(0.5), Max(0.9999)] public double Confidence { get; init; } = 0.95;
}

public sealed class BudgetSpec
{
    [Min(1), Max(10000)] public int Evaluations { get; init; } = 50;

    [Min(1)] public int? Seconds { get; init; }
}
