using Twin.Contracts.Kernel;
using Twin.Model.Statistics;

namespace Twin.Client.Studies;

public sealed partial class TwinClient
{
    /// <summary>
    /// Draws one KPI over time for each scenario of a finished study: the mean across replications
    /// with its 95% confidence band. Without an entity, the KPI is summed over every entity that
    /// records it (the zone's total).
    /// </summary>
    public async Task<string> PlotAsync(string studyId, string kpi, string? entity, string file, int width = 1200, int height = 700)
    {
        var plot = await DrawPlotAsync(studyId, kpi, entity);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        plot.SavePng(file, width, height);
        return file;
    }

    /// <summary>The plot <see cref="PlotAsync"/> saves, for a caller who restyles it or saves it in another format.</summary>
    public async Task<ScottPlot.Plot> DrawPlotAsync(string studyId, string kpi, string? entity)
    {
        var study = await RequireCompletedAsync(studyId);
        // A one-day window: only the entities and their KPI names are needed here.
        var first = await grains.GetGrain<IRunGrain>(study.Runs[0].RunId).GetAggregates(0, 0);
        var entities = entity is not null ? [entity]
            : first.Entities.Where((e, i) => first.Kpis[i].Contains(kpi)).ToArray();
        if (entities.Length == 0 || (entity is not null && !first.Entities.Contains(entity)))
            throw new ArgumentException(entity is null ? $"No entity of study '{studyId}' records KPI '{kpi}'." : $"Study '{studyId}' has no entity '{entity}'.");
        if (entity is null && entities.Length > 1 && NotAdditive(first, kpi) is { } how)
            throw new ArgumentException($"KPI '{kpi}' is {how}: a total over {entities.Length} entities means nothing. " +
                                        $"Give --entity, one of: {string.Join(", ", entities.Take(Twin.Model.Scenarios.KnownIds.MaxListed))}{(entities.Length > Twin.Model.Scenarios.KnownIds.MaxListed ? ", ..." : "")}.");
        int days = study.Request.Days;
        var plot = new ScottPlot.Plot();
        double lowest = 0;
        var xs = Enumerable.Range(0, days).Select(d => (double)d).ToArray();
        for (int v = 0; v < study.Request.Variants.Length; v++)
        {
            var runs = study.Runs.Where(r => r.Variant == v).ToArray();
            var perRun = await Task.WhenAll(runs.Select(r => TotalSeries(r.RunId, entities, kpi, days)));
            var summaries = Enumerable.Range(0, days).Select(d => Summary.Of(perRun.Select(s => s[d]).ToArray())).ToArray();
            lowest = Math.Min(lowest, perRun.SelectMany(s => s).Where(double.IsFinite).DefaultIfEmpty(0).Min());
            var color = ScottPlot.Palette.Default.GetColor(v);
            if (perRun.Length > 1)
            {
                var band = plot.Add.FillY(xs, summaries.Select(s => s.Lower).ToArray(), summaries.Select(s => s.Upper).ToArray());
                band.FillColor = color.WithAlpha(0.25);
                band.LineWidth = 0;
            }
            var line = plot.Add.ScatterLine(xs, summaries.Select(s => s.Mean).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = study.Request.Variants[v].Label;
        }
        plot.Title($"{kpi} — {(entity ?? "all entities")} ({study.Request.Replications} replication{(study.Request.Replications == 1 ? "" : "s")}, mean and 95% CI)");
        plot.XLabel($"day (0 = {study.Request.Variants[0].ScenarioName} start)");
        plot.YLabel(kpi);
        // Counts, prices and volumes are never negative: a confidence band that dips below zero
        // would pull the axis under it, so the axis starts at zero for them.
        if (lowest >= 0)
        {
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsY(0, Math.Max(limits.Top, 1e-9));
        }
        plot.ShowLegend();
        return plot;
    }

    /// <summary>How <paramref name="kpi"/> aggregates when that is not a sum ("a level averaged over days"); null for flows and stocks, which add up across entities.</summary>
    private static string? NotAdditive(RunAggregates run, string kpi)
    {
        foreach (var kind in run.Kinds.Distinct())
            if (Twin.Model.Kernel.KpiCatalog.Find(kind, kpi) is { } info && info.Aggregation is not (Twin.Model.Kernel.KpiAggregation.Sum or Twin.Model.Kernel.KpiAggregation.Last)
                && !(info.Aggregation == Twin.Model.Kernel.KpiAggregation.Mean && IsCount(info.Unit)))
                return info.Aggregation switch
                {
                    Twin.Model.Kernel.KpiAggregation.Mean => $"a level ({info.Unit}) averaged over days",
                    Twin.Model.Kernel.KpiAggregation.Max => $"a largest value ({info.Unit})",
                    _ => $"a per-event quantity ({info.Unit})",
                };
        return null;
    }

    /// <summary>A level in a unit of things (people, TEU, classes) adds up across entities; a price, rate, share or factor does not.</summary>
    private static bool IsCount(string unit) =>
        (!unit.Contains('/') || unit.EndsWith("/day", StringComparison.Ordinal) || unit.EndsWith("/week", StringComparison.Ordinal))
        && unit is not ("price" or "factor" or "share" or "%" or "ratio" or "bp" or "days" or "hours" or "index");

    private async Task<double[]> TotalSeries(string runId, string[] entities, string kpi, int days)
    {
        var run = grains.GetGrain<IRunGrain>(runId);
        var total = new double[days];
        foreach (var series in await Task.WhenAll(entities.Select(e => run.GetSeries(e, kpi, 0, days - 1))))
            for (int d = 0; d < series.Length; d++) total[d] += series[d];
        return total;
    }
}
