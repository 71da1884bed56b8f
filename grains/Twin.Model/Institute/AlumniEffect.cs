using Twin.Model.Scenarios;

namespace Twin.Model.Institute;

/// <summary>
/// The alumni-network effect on the zone's export demand from one country:
/// m = ((A + k) / (A₀ + k))^ε, A the alumni living in the country, A₀ those on day 0, k the
/// smoothing and ε the elasticity. m is 1 on day 0 (the export shares already hold the alumni
/// of before), never falls when A rises, and is rounded to 1/10,000: towns hear of a change only
/// when it is that large, and rounding keeps it monotone.
/// </summary>
public static class AlumniEffect
{
    public const double Resolution = 10_000;

    public static double Multiplier(double alumni, double alumniOnDay0, AlumniEffectSpec spec)
    {
        if (spec.Elasticity == 0) return 1;
        double m = Math.Pow((Math.Max(0, alumni) + spec.Smoothing) / (Math.Max(0, alumniOnDay0) + spec.Smoothing), spec.Elasticity);
        return Math.Round(m * Resolution) / Resolution;
    }
}
