using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>The KPIs of a border crossing, in the order of its KPI row.</summary>
public static class BorderKpis
{
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Closed("the crossing"),
        Kpi.Flow("vehicles_crossed", "vehicles", KpiDirection.HigherIsBetter, "vehicles across the border"),
        Kpi.Flow("teu_crossed", "TEU", KpiDirection.HigherIsBetter, "TEU across the border"),
        Kpi.Flow("tonnes_crossed", "t", KpiDirection.HigherIsBetter, "tonnes across the border"),
        Kpi.PerEvent("wait_days_mean", "days", KpiDirection.LowerIsBetter, "vehicles_crossed", "mean wait of the vehicles that crossed"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();
}
