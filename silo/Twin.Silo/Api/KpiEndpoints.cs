using Twin.Model.Kernel;

namespace Twin.Silo.Api;

/// <summary>`GET /api/kpis`: what every KPI means and how it becomes one number over a window, as each entity kind declares it.</summary>
public static class KpiEndpoints
{
    /// <summary>One KPI declaration; `name` ending in `*` is a family (`export_value_cny_*`).</summary>
    public sealed record KpiDeclaration(string Kind, string Name, string Unit, string Aggregation, string? Weight, double? Probability,
        string Better, string Description, bool Headline);

    private static readonly KpiDeclaration[] Declarations = KpiCatalog.All
        .Select(x => new KpiDeclaration(x.Kind, x.Info.Name, x.Info.Unit, Camel(x.Info.Aggregation.ToString()), x.Info.Weight,
            x.Info.Aggregation == KpiAggregation.Quantile ? x.Info.Probability : null, Camel(x.Info.Better.ToString()), x.Info.Description, x.Info.Headline))
        .ToArray();

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/kpis", () => Results.Ok(Declarations))
            .WithName("GetKpis").WithSummary("Every KPI's declaration")
            .WithDescription("Per entity kind: each KPI's unit, meaning, which way is better, and its window rule (sum, last, mean, weightedMean by a weight KPI, quantile of pooled events, max). The summaries, studies, metrics and the page all read these (docs/statistics.md).")
            .Produces<KpiDeclaration[]>();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
