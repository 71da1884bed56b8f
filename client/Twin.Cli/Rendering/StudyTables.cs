using System.Text.Json;
using System.Text.Json.Serialization;
using Twin.Client.Studies;

namespace Twin.Cli.Rendering;

/// <summary>Tables of a study's statistics and comparisons; JSON of all of it for scripts.</summary>
public static class StudyTables
{
    private const int ShortListRows = 30;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void WriteResults(StudyResults results, bool all, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(results, Json));
            return;
        }
        var rows = all ? results.Kpis : results.Kpis.Where(k => k.Info?.Headline == true).ToList();
        output.WriteLine($"{Numbers.Count(results.Replications, "replication")} of {results.Days} days; each KPI aggregated over {results.Window} " +
                         "as its declaration says (flows summed, stocks at the last day, levels averaged, per-event KPIs weighted over their events); " +
                         "mean and 95% confidence interval across replications" +
                         (all ? "" : "; headline KPIs (--all for every KPI)") + ":");
        var table = new TextTable("scenario", "entity", "kpi", "unit", "mean", "95% CI", "sd");
        foreach (var k in rows)
            table.Add(k.Variant, k.Entity, k.Kpi, k.Unit, Numbers.Significant(k.Summary.Mean), Numbers.Interval(k.Summary.Lower, k.Summary.Upper), Numbers.Significant(k.Summary.StandardDeviation));
        table.Write(output);
        if (results.Daily.Count > 0)
        {
            output.WriteLine();
            var daily = new TextTable("scenario", "day", "mean", "95% CI");
            foreach (var d in results.Daily)
                daily.Add(d.Variant, d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), Numbers.Significant(d.Summary.Mean), Numbers.Interval(d.Summary.Lower, d.Summary.Upper));
            output.WriteLine($"{results.Daily[0].Kpi} of {results.Daily[0].Entity} by day:");
            daily.Write(output);
        }
    }

    public static void WriteComparison(ComparisonReport report, bool all, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(report, Json));
            return;
        }
        var rows = all ? report.Rows : ShortList(report.Rows);
        output.WriteLine($"Each what-if against '{report.Baseline}' over {report.Window}, paired by replication ({Numbers.Count(report.Replications, "replication")}, common random numbers): " +
                         "difference = what-if - baseline, with its 95% confidence interval" +
                         (all ? "" : $"; the KPIs it changed, clear effects on headline KPIs first (--all for all {report.Rows.Count})") + ":");
        var table = new TextTable("what-if", "entity", "kpi", "baseline", "what-if", "difference", "95% CI", "change", "better in");
        foreach (var r in rows)
        {
            var c = r.Comparison;
            table.Add(r.WhatIf, r.Entity, r.Kpi, Numbers.Significant(c.Baseline.Mean), Numbers.Significant(c.WhatIf.Mean),
                Numbers.Significant(c.Difference.Mean), Numbers.Interval(c.Difference.Lower, c.Difference.Upper),
                Numbers.Percent(r.RelativeChange), c.ShareBetter is { } share ? Numbers.Share(share) : "-");
        }
        table.Write(output);
    }

    /// <summary>
    /// The KPIs the what-if changed: first the headline KPIs whose interval excludes zero, then the
    /// other KPIs whose interval excludes zero, then the headline KPIs that moved without a clear
    /// effect; each group by largest relative change. Unchanged KPIs are left out.
    /// </summary>
    private static IReadOnlyList<ComparisonRow> ShortList(IReadOnlyList<ComparisonRow> rows) => rows
        .Where(r => Changed(r) && (r.Info?.Headline == true || Excludes0(r)))
        .OrderBy(r => Excludes0(r) ? (r.Info?.Headline == true ? 0 : 1) : 2)
        .ThenByDescending(r => double.IsNaN(r.RelativeChange) ? 0 : Math.Abs(r.RelativeChange))
        .Take(ShortListRows)
        .ToList();

    /// <summary>Changed beyond rounding: sums taken in another order differ in the last bits, which is no effect.</summary>
    private static bool Changed(ComparisonRow row)
    {
        double scale = Math.Max(1, Math.Abs(row.Comparison.Baseline.Mean));
        return row.Comparison.Differences.Any(d => Math.Abs(d) > 1e-9 * scale);
    }

    private static bool Excludes0(ComparisonRow row)
    {
        var d = row.Comparison.Difference;
        return d.Count > 1 ? d.Lower > 0 || d.Upper < 0 : d.Mean != 0;
    }
}
