using Twin.Client.Runs;
using Twin.Model.Towns;

namespace Twin.Client.Output;

/// <summary>One town's figures for a set of runs, averaged over replications.</summary>
/// <param name="Population">On the last day.</param>
/// <param name="Firms">On the last day.</param>
/// <param name="Jobs">On the last day.</param>
/// <param name="OutputCny">Summed over the run.</param>
/// <param name="ExportValueCny">Summed over the run.</param>
/// <param name="ExportTeu">Summed over the run.</param>
public sealed record TownSummary(string Town, double Population, double Firms, double Jobs, double OutputCny, double ExportValueCny, double ExportTeu)
{
    public static IReadOnlyList<TownSummary> From(RunSetResults results)
    {
        var towns = results.Runs[0].Series.Where(s => s.Kind == TownKind.Name).Select(s => s.EntityId).ToArray();
        return towns.Select(town =>
        {
            var series = results.Runs.Select(r => r.Series.First(s => s.EntityId == town)).ToArray();
            return new TownSummary(town,
                series.Average(s => s.Last("population")),
                series.Average(s => s.Last("firms")),
                series.Average(s => s.Last("jobs")),
                series.Average(s => s.Sum("output_cny")),
                series.Average(s => s.Sum("export_value_cny")),
                series.Average(s => s.Sum("export_teu")));
        }).ToArray();
    }

    public static TownSummary Total(IReadOnlyList<TownSummary> towns) => new("total",
        towns.Sum(t => t.Population), towns.Sum(t => t.Firms), towns.Sum(t => t.Jobs),
        towns.Sum(t => t.OutputCny), towns.Sum(t => t.ExportValueCny), towns.Sum(t => t.ExportTeu));
}
