using Twin.Model.Kernel;

namespace Twin.Client.Studies;

/// <summary>One KPI's declaration as planners and researchers read it (the API's `GET /api/kpis`, an export's manifest).</summary>
/// <param name="Name">A name ending in `*` is a family (`export_value_cny_*`).</param>
/// <param name="Aggregation">How a window becomes one number: sum, last, mean, weightedMean (by <paramref name="Weight"/>), quantile (of pooled events), max.</param>
public sealed record KpiDeclaration(string Kind, string Name, string Unit, string Aggregation, string? Weight, double? Probability,
    string Better, string Description, bool Headline)
{
    /// <summary>Every declaration of every entity kind, in the catalog's order.</summary>
    public static IReadOnlyList<KpiDeclaration> All { get; } = KpiCatalog.All
        .Select(x => new KpiDeclaration(x.Kind, x.Info.Name, x.Info.Unit, Camel(x.Info.Aggregation.ToString()), x.Info.Weight,
            x.Info.Aggregation == KpiAggregation.Quantile ? x.Info.Probability : null, Camel(x.Info.Better.ToString()), x.Info.Description, x.Info.Headline))
        .ToArray();

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
