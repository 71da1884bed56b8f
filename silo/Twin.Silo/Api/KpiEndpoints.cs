using Twin.Client.Studies;

namespace Twin.Silo.Api;

/// <summary>`GET /api/kpis`: what every KPI means and how it becomes one number over a window, as each entity kind declares it.</summary>
public static class KpiEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/kpis", () => Results.Ok(KpiDeclaration.All))
            .WithName("GetKpis").WithSummary("Every KPI's declaration")
            .WithDescription("Per entity kind: each KPI's unit, meaning, which way is better, and its window rule (sum, last, mean, weightedMean by a weight KPI, quantile of pooled events, max). The summaries, studies, metrics and the page all read these (docs/statistics.md).")
            .Produces<IReadOnlyList<KpiDeclaration>>();
    }
}
