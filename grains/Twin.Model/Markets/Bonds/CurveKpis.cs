using Twin.Model.Kernel;

namespace Twin.Model.Markets.Bonds;

/// <summary>The KPIs a yield curve records every day: zero rates at four maturities (shares), its factors and its shock.</summary>
public static class CurveKpis
{
    public static readonly double[] Maturities = [1, 2, 5, 10];

    public const int Level = 4;
    public const int Slope = 5;
    public const int Curvature = 6;
    public const int ShockBp = 7;

    private const KpiDirection Neutral = KpiDirection.Neutral;

    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Level("yield_1y", "share", Neutral, "one-year zero rate", headline: true),
        Kpi.Level("yield_2y", "share", Neutral, "two-year zero rate"),
        Kpi.Level("yield_5y", "share", Neutral, "five-year zero rate", headline: true),
        Kpi.Level("yield_10y", "share", Neutral, "ten-year zero rate"),
        Kpi.Level("level", "share", Neutral, "the curve's level (its long end), shock included"),
        Kpi.Level("slope", "share", Neutral, "the curve's slope (short end minus long end)"),
        Kpi.Level("curvature", "share", Neutral, "the curve's hump"),
        Kpi.Level("shock_bp", "bp", Neutral, "the parallel shift a lever applies"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();
}
