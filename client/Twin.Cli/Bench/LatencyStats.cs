using System.Diagnostics;

namespace Twin.Cli.Bench;

/// <summary>Percentiles of per-operation latencies recorded in Stopwatch ticks, reported in microseconds.</summary>
public sealed record LatencyStats(long Count, double P50Us, double P99Us, double P999Us, double MaxUs)
{
    public static readonly LatencyStats Empty = new(0, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Sorts the samples in place.</summary>
    public static LatencyStats From(Span<long> ticks)
    {
        if (ticks.Length == 0) return Empty;
        ticks.Sort();
        return new LatencyStats(ticks.Length, At(ticks, 0.50), At(ticks, 0.99), At(ticks, 0.999), At(ticks, 1.0));
    }

    /// <summary>The nearest-rank percentile of sorted samples, in microseconds.</summary>
    private static double At(ReadOnlySpan<long> sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)] * (1e6 / Stopwatch.Frequency);
}
