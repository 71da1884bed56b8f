namespace Twin.Model.Scenarios;

/// <summary>How a commodity's fundamental price moves from day to day.</summary>
public enum FundamentalProcessKind
{
    /// <summary>Geometric Brownian motion with Poisson jumps (oil, gas, metals).</summary>
    GbmJumps,

    /// <summary>Mean-reverting level with spikes, kept between the market's floor and cap (electricity).</summary>
    MeanReverting,
}
