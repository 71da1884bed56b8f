namespace Twin.Model.Scenarios;

/// <summary>A commodity's fundamental price: the value its producers and consumers see behind the market.</summary>
public sealed class FundamentalSpec
{
    public required FundamentalProcessKind Process { get; init; }

    /// <summary>The fundamental on day 0, in the market's price unit.</summary>
    [InitialCondition] public required double Start { get; init; }

    /// <summary>Standard deviation of daily moves: of log returns (GBM), or as a share of the mean level (mean-reverting).</summary>
    [Min(0), Max(1)] public required double DailyVolatility { get; init; }

    /// <summary>GBM only: expected growth a year.</summary>
    [Min(-0.9), Max(5)] public double DriftPerYear { get; init; }

    /// <summary>Expected number of jumps a year.</summary>
    [Min(0), Max(365)] public double JumpsPerYear { get; init; }

    /// <summary>Mean jump: of the log price (GBM), or as a share of the mean level (mean-reverting).</summary>
    [Min(-2), Max(2)] public double JumpMean { get; init; }

    [Min(0), Max(2)] public double JumpStdDev { get; init; }

    /// <summary>Mean-reverting only: the level it reverts to (the start when left out).</summary>
    public double? Mean { get; init; }

    /// <summary>Mean-reverting only: share of the gap to the mean closed each day.</summary>
    [Min(0), Max(1)] public double Reversion { get; init; } = 0.2;

    /// <summary>
    /// A level shift: from the day an intervention sets it, the fundamental is the process times
    /// (1 + shock), e.g. 0.3 for a 30% jump. The process carries on from there.
    /// </summary>
    [Min(-0.95), Max(10)] public double Shock { get; init; }
}
