namespace Twin.Client.Live;

/// <summary>
/// How far an observation may stray before it is refused as implausible (configuration section
/// `Twin:Live:Observations` on a silo). An observation rewrites the live twin's history and pulls
/// its model, so one wild value would wreck it: values outside these bounds are refused with the
/// bound they broke, never clipped.
/// </summary>
public sealed record ObservationLimits
{
    public const string Section = "Twin:Live:Observations";

    /// <summary>A price may differ from its market's recent close by at most this share of it (0.5: from half to one and a half times).</summary>
    public double PriceBand { get; init; } = 0.5;

    /// <summary>The recent close is the mean of the closes of this many days before the observation's day (or before today).</summary>
    public int ReferenceDays { get; init; } = 7;

    /// <summary>The most lots one observed trade may be.</summary>
    public double MaxLots { get; init; } = 100_000;

    /// <summary>A TEU weighs at most this (a loaded 20-foot container's payload limit is about 28 t).</summary>
    public double MaxTonnesPerTeu { get; init; } = 30;

    /// <summary>A TEU weighs at least this, so a route counted in tonnes carries at most this many TEU per tonne of capacity.</summary>
    public double MinTonnesPerTeu { get; init; } = 1;
}
