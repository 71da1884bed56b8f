using Twin.Model.Optimisation;
using Twin.Model.Scenarios;

namespace Twin.Model.Calibration;

/// <summary>
/// A calibration as a planner writes it (JSON; see docs/statistics.md): the scenario, the
/// parameters to fit and their ranges, the actuals (a CSV file, relative to this file), how each
/// observed series is weighted and how noisy it is, and the search's budget.
/// </summary>
public sealed class CalibrationSpec
{
    [MaxLength(2000)] public string Description { get; init; } = "";

    [MaxLength(500)] public required string Scenario { get; init; }

    [MaxLength(500)] public required string Actuals { get; init; }

    public required IReadOnlyList<LeverSpec> Parameters { get; init; }

    public IReadOnlyList<SeriesSpec> Series { get; init; } = [];

    public BudgetSpec Budget { get; init; } = new();

    [Min(2), Max(1000)] public int Replications { get; init; } = 5;

    [Min(1), Max(36500)] public int? Days { get; init; }

    [Min(0)] public long? Seed { get; init; }

    /// <summary>The confidence of the reported intervals.</summary>
    [Min(0.5), Max(0.999)] public double Confidence { get; init; } = 0.95;
}

/// <summary>How one observed series counts: its weight in the distance and the standard deviation of its observation error.</summary>
public sealed class SeriesSpec
{
    [MaxLength(200)] public required string Entity { get; init; }

    [MaxLength(200)] public required string Kpi { get; init; }

    [Min(0)] public double Weight { get; init; } = 1;

    [Min(0)] public double Noise { get; init; }
}
