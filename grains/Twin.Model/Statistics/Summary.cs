using MathNet.Numerics.Distributions;

namespace Twin.Model.Statistics;

/// <summary>
/// Mean, standard deviation and a two-sided Student-t confidence interval of a sample, such as
/// one KPI across replications. A replication without a value (NaN: a per-event KPI whose event
/// never happened in the window) is left out, so <see cref="Count"/> says how many had one. With
/// one value the interval is undefined (NaN).
/// </summary>
public sealed record Summary(int Count, double Mean, double StandardDeviation, double Lower, double Upper, double Confidence)
{
    public const double DefaultConfidence = 0.95;

    public double HalfWidth => (Upper - Lower) / 2;

    public static Summary Of(IReadOnlyList<double> values, double confidence = DefaultConfidence)
    {
        if (confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(confidence), "confidence must be between 0 and 1");
        int n = 0;
        double mean = 0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            mean += v;
            n++;
        }
        if (n == 0) return new Summary(0, double.NaN, double.NaN, double.NaN, double.NaN, confidence);
        mean /= n;
        if (n == 1) return new Summary(1, mean, double.NaN, double.NaN, double.NaN, confidence);
        double squares = 0;
        foreach (var v in values)
            if (double.IsFinite(v)) squares += (v - mean) * (v - mean);
        double sd = Math.Sqrt(squares / (n - 1));
        // t quantile with n - 1 degrees of freedom: the interval of the mean when the spread is estimated.
        double t = StudentT.InvCDF(0, 1, n - 1, 1 - (1 - confidence) / 2);
        double half = t * sd / Math.Sqrt(n);
        return new Summary(n, mean, sd, mean - half, mean + half, confidence);
    }
}
