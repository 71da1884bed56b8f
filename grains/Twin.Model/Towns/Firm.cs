using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>One firm of a town: plain data in the town's array, never a grain of its own.</summary>
public struct Firm
{
    public Sector Sector;

    /// <summary>Workers employed today.</summary>
    public int Workers;

    /// <summary>The workers the firm would employ at average demand (before sector demand growth).</summary>
    public double TargetSize;

    /// <summary>The firm's productivity relative to its sector's (log-normal, mean 1).</summary>
    public double RelativeProductivity;

    /// <summary>Added to the sector's export propensity (e.g. after a "go global" study tour).</summary>
    public double ExportBoost;

    /// <summary>The AR(1) log demand shock, stationary with the sector's volatility.</summary>
    public double Shock;
}
