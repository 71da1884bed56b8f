using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>One town's KPIs for a run, each its per-run aggregate averaged over replications (see <see cref="RunKpis"/>).</summary>
public sealed record TownSummary(string Town, double Population, double Firms, double Jobs, double OutputCny, double ExportValueCny, double ExportTeu)
{
    public static IReadOnlyList<TownSummary> From(Scenario scenario, RunKpis kpis) =>
        scenario.Towns.Select(t => new TownSummary(t.Id,
            kpis.Mean(t.Id, "population"), kpis.Mean(t.Id, "firms"), kpis.Mean(t.Id, "jobs"),
            kpis.Mean(t.Id, "output_cny"), kpis.Mean(t.Id, "export_value_cny"), kpis.Mean(t.Id, "export_teu"))).ToArray();

    /// <summary>The zone: each column summed over the towns.</summary>
    public static TownSummary Total(IReadOnlyList<TownSummary> towns) => new("total",
        towns.Sum(t => t.Population), towns.Sum(t => t.Firms), towns.Sum(t => t.Jobs),
        towns.Sum(t => t.OutputCny), towns.Sum(t => t.ExportValueCny), towns.Sum(t => t.ExportTeu));
}
