namespace Twin.Model.Markets.Bonds;

/// <summary>
/// A Nelson–Siegel zero curve: z(τ) = β₀ + β₁·L₁(x) + β₂·(L₁(x) − e⁻ˣ), x = τ/λ, L₁(x) = (1 − e⁻ˣ)/x.
/// Rates are continuously compounded shares; τ in years.
/// </summary>
public readonly record struct NelsonSiegel(double Level, double Slope, double Curvature, double DecayYears)
{
    public double Zero(double years)
    {
        double x = Math.Max(years, 1e-6) / DecayYears;
        double decay = Math.Exp(-x);
        double loading = (1 - decay) / x;
        return Level + Slope * loading + Curvature * (loading - decay);
    }

    /// <summary>The discount factor at <paramref name="years"/> with a credit spread on top.</summary>
    public double Discount(double years, double spread) => Math.Exp(-(Zero(years) + spread) * years);
}
