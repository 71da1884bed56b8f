using Twin.Client.Studies;
using Twin.Contracts.Studies;
using Twin.Model.Kernel;

namespace Twin.Cli.Rendering;

/// <summary>
/// A sweep as a planner reads it: one row per point, the varied parameters as columns, then the
/// headline KPIs of the entities the parameters belong to, each with its 95% interval; the best
/// point of each KPI that has a better direction is starred.
/// </summary>
public static class SweepTable
{
    private const int MaxKpiColumns = 6;

    public static void Write(StudyResults results, IReadOnlyList<StudyVariant> points, TextWriter output)
    {
        var levers = points.SelectMany(p => p.Parameters.Keys).Distinct().ToArray();
        var columns = KpiColumns(results, levers);
        output.WriteLine($"{points.Count} points, {Numbers.Count(results.Replications, "replication")} each, over {results.Window}: " +
                         "mean and 95% confidence interval of the headline KPIs of the entities varied; * marks the best point of each KPI " +
                         "(--all for every KPI of every point, --json for all of it):");
        var table = new TextTable([.. levers.Select(Short), .. columns.Select(c => $"{c.Entity} {c.Kpi} ({c.Unit})")]);
        var byKey = results.Kpis.ToDictionary(k => (k.Variant, k.Entity, k.Kpi));
        var best = columns.Select(c => Best(c, points, byKey)).ToArray();
        foreach (var point in points)
        {
            var cells = levers.Select(l => point.Parameters.TryGetValue(l, out var v) ? Numbers.Significant(v) : "-").ToList();
            for (int i = 0; i < columns.Count; i++)
                cells.Add(byKey.TryGetValue((point.Label, columns[i].Entity, columns[i].Kpi), out var k)
                    ? $"{Numbers.Significant(k.Summary.Mean)} {Numbers.Interval(k.Summary.Lower, k.Summary.Upper)}{(best[i] == point.Label ? " *" : "  ")}"
                    : "-");
            table.Add([.. cells]);
        }
        table.Write(output);
    }

    /// <summary>The headline KPIs of the entities the lever paths name (routes/rail-moscow/... names rail-moscow); else the first headline KPIs.</summary>
    private static IReadOnlyList<KpiStatistic> KpiColumns(StudyResults results, IReadOnlyList<string> levers)
    {
        var first = results.Variants.FirstOrDefault();
        var headline = results.Kpis.Where(k => k.Variant == first && k.Info?.Headline == true).ToArray();
        var named = levers.Select(l => l.Split('/')).Where(p => p.Length > 1).Select(p => p[1]).ToHashSet(StringComparer.Ordinal);
        var chosen = headline.Where(k => named.Contains(k.Entity)).ToArray();
        return (chosen.Length > 0 ? chosen : headline).Take(MaxKpiColumns).ToArray();
    }

    /// <summary>The label of the point with the best mean, for a KPI where higher or lower is better.</summary>
    private static string? Best(KpiStatistic column, IReadOnlyList<StudyVariant> points,
        Dictionary<(string, string, string), KpiStatistic> byKey)
    {
        var better = column.Info?.Better ?? KpiDirection.Neutral;
        if (better == KpiDirection.Neutral) return null;
        var means = points
            .Select(p => (p.Label, Mean: byKey.TryGetValue((p.Label, column.Entity, column.Kpi), out var k) ? k.Summary.Mean : double.NaN))
            .Where(m => double.IsFinite(m.Mean)).ToArray();
        if (means.Length == 0) return null;
        return (better == KpiDirection.HigherIsBetter ? means.MaxBy(m => m.Mean) : means.MinBy(m => m.Mean)).Label;
    }

    /// <summary>A lever path's last two parts: rail-moscow/departuresPerWeek.</summary>
    private static string Short(string path)
    {
        var parts = path.Split('/');
        return parts.Length <= 2 ? path : string.Join('/', parts[^2..]);
    }
}
