using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Model.Kernel;
using Twin.Model.Statistics;

namespace Twin.Client.Studies;

/// <summary>Turns a finished study's run aggregates into statistics across replications and paired comparisons.</summary>
public static class StudyAnalysis
{
    /// <summary>Per variant, per replication: the run's aggregates over <paramref name="Window"/>.</summary>
    public sealed record Aggregates(StudyDefinition Study, RunAggregates[][] ByVariant, KpiWindow Window);

    public static IReadOnlyList<KpiStatistic> Summaries(Aggregates aggregates, ResultQuery query)
    {
        var result = new List<KpiStatistic>();
        var variants = aggregates.Study.Request.Variants;
        for (int v = 0; v < variants.Length; v++)
        {
            foreach (var (entity, kind, kpi, values) in Columns(aggregates.ByVariant[v], query))
                result.Add(new KpiStatistic(variants[v].Label, entity, kpi, KpiCatalog.Info(kind, kpi).Unit, Summary.Of(values), kind));
        }
        return result;
    }

    public static ComparisonReport Compare(Aggregates aggregates, ResultQuery query)
    {
        var study = aggregates.Study;
        var variants = study.Request.Variants;
        var baseline = Columns(aggregates.ByVariant[0], query).ToDictionary(c => (c.Entity, c.Kpi), c => c.Values);
        var rows = new List<ComparisonRow>();
        for (int v = 1; v < variants.Length; v++)
        {
            foreach (var (entity, kind, kpi, values) in Columns(aggregates.ByVariant[v], query))
            {
                if (!baseline.TryGetValue((entity, kpi), out var reference)) continue;
                // A per-event KPI whose event happened in no run of either (no border on an air route): nothing to compare.
                if (!reference.Any(double.IsFinite) && !values.Any(double.IsFinite)) continue;
                var info = KpiCatalog.Info(kind, kpi);
                rows.Add(new ComparisonRow(variants[v].Label, entity, kpi, info.Unit, PairedComparison.Of(reference, values, info.Better), kind));
            }
        }
        return new ComparisonReport(study.StudyId, variants[0].Label, variants.Skip(1).Select(x => x.Label).ToArray(), study.Request.Replications, rows)
        {
            Window = aggregates.Window,
        };
    }

    /// <summary>For each (entity, KPI) of a variant, its aggregate in each replication, in replication order.</summary>
    private static IEnumerable<(string Entity, string Kind, string Kpi, double[] Values)> Columns(RunAggregates[] runs, ResultQuery query)
    {
        var first = runs[0];
        for (int e = 0; e < first.Entities.Length; e++)
        {
            if (query.Entity is not null && first.Entities[e] != query.Entity) continue;
            for (int k = 0; k < first.Kpis[e].Length; k++)
            {
                if (query.Kpi is not null && first.Kpis[e][k] != query.Kpi) continue;
                yield return (first.Entities[e], first.Kinds[e], first.Kpis[e][k], runs.Select(r => r.Values[e][k]).ToArray());
            }
        }
    }
}
