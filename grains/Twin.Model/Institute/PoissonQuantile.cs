using MathNet.Numerics.Distributions;

namespace Twin.Model.Institute;

/// <summary>
/// Poisson draws by inversion of the distribution function: exactly one uniform per draw, and for
/// the same uniform a larger mean never gives a smaller count. Both keep common random numbers
/// aligned when a what-if changes an application rate.
/// </summary>
public static class PoissonQuantile
{
    /// <summary>Above this mean the normal approximation (with continuity correction) replaces the exact sum.</summary>
    private const double NormalAbove = 400;

    public static int Of(double mean, double uniform)
    {
        if (mean <= 0) return 0;
        if (mean > NormalAbove)
            return (int)Math.Max(0, Math.Floor(mean + 0.5 + Math.Sqrt(mean) * Normal.InvCDF(0, 1, uniform)));
        double p = Math.Exp(-mean), cumulative = p;
        int k = 0;
        // Rounding can leave the sum just below a uniform near 1: stop far in the tail.
        int limit = (int)(mean + 40 * Math.Sqrt(mean) + 40);
        while (uniform >= cumulative && k < limit)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}
