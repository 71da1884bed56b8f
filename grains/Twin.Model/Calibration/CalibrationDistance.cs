namespace Twin.Model.Calibration;

/// <summary>
/// How far a candidate's runs are from the observations: the weighted sum of squared standardised
/// errors, Σ w (o − m)² / s², where m is the mean of the simulated value over the replications and
/// s² = v (1 + 1/R) + σ², with v the variance between replications, R their number and σ the
/// observation's stated noise. At the true parameters each term is about one squared standard
/// normal, so the distance acts as −2 log-likelihood: its curvature gives standard errors.
/// An observation no replication has a value for (a per-event KPI on a day without its event) adds <see cref="MissingPenalty"/>.
/// </summary>
public static class CalibrationDistance
{
    /// <summary>A miss of two standard deviations.</summary>
    public const double MissingPenalty = 4;

    /// <summary>The term of one observation.</summary>
    public static double Term(double observed, IReadOnlyList<double> simulated, double noise, double weight)
    {
        var finite = simulated.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) return weight * MissingPenalty;
        double mean = finite.Average();
        double variance = finite.Length > 1 ? finite.Sum(x => (x - mean) * (x - mean)) / (finite.Length - 1) : 0;
        double spread = variance * (1 + 1.0 / finite.Length) + noise * noise;
        // Neither noise nor spread (a deterministic KPI, no noise stated): a scale of 1 % of the observation keeps the term finite.
        if (spread <= 0) spread = Math.Pow(Math.Max(Math.Abs(observed), 1) * 0.01, 2);
        return weight * (observed - mean) * (observed - mean) / spread;
    }

    /// <summary>
    /// Standard errors from the curvature of the distance along each parameter (central
    /// differences, steps <paramref name="up"/> and <paramref name="down"/>, which differ where a bound or whole numbers cut one), inflated by √(D/(n − p)) when the fit is worse than its noise
    /// suggests (over-dispersion). NaN where the distance does not curve up: that parameter is not identified.
    /// </summary>
    public static double StandardError(double atBest, double plus, double minus, double up, double down, double dispersion)
    {
        double curvature = 2 * (plus * down + minus * up - atBest * (up + down)) / (up * down * (up + down));
        return curvature > 0 ? Math.Sqrt(2 / curvature) * Math.Sqrt(Math.Max(1, dispersion)) : double.NaN;
    }
}
