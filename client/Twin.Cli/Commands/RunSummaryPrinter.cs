using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Cli.Rendering;
using Twin.Client.Output;
using Twin.Client.Runs;
using Twin.Model.Towns;

namespace Twin.Cli.Commands;

/// <summary>
/// What `twin run` prints: one table per part of the zone, each number a KPI over the run as its
/// declaration aggregates it (the header says which), averaged over the replications: the
/// numbers `twin study` reports for the same runs.
/// </summary>
public static class RunSummaryPrinter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new NonFiniteAsNull() },
    };

    public static void WriteTables(ScenarioDocument scenario, RunSummary summary, string? outDir, TextWriter output)
    {
        output.WriteLine($"Scenario '{summary.Scenario}': {summary.Days} days from {scenario.Scenario.Start:yyyy-MM-dd}, seed {summary.Seed}, " +
                         $"{summary.Replications} replication{(summary.Replications == 1 ? "" : "s")}, study {summary.StudyId}, {summary.ElapsedSeconds:F1} s");
        output.WriteLine("Each number is a KPI over the run as its declaration says: a total, a mean, its last day's value, or a mean weighted by its events (load factor by capacity offered, transit by TEU arrived; the header says which)" +
                         (summary.Replications == 1 ? "" : $", averaged over the {summary.Replications} replications") + ".");
        output.WriteLine();
        WriteTowns(summary.Towns, output);
        LogisticsSummaryPrinter.Write(summary.Logistics, output);
        MarketSummaryTables.Write(summary.Markets, summary.Clearing, output);
        InstituteSummaryPrinter.Write(summary.Institute, output);
        if (outDir is not null)
        {
            output.WriteLine();
            output.WriteLine($"Wrote {Path.Combine(outDir, "kpis.csv")} and {Path.Combine(outDir, "manifest.json")}");
        }
    }

    private static void WriteTowns(IReadOnlyList<TownSummary> towns, TextWriter output)
    {
        if (towns.Count == 0) return;
        output.WriteLine("Towns (last row: the zone):");
        string H(string title, string kpi) => KpiHeader.Of(title, TownKind.Name, kpi);
        var table = new TextTable("town", H("population", "population"), H("firms", "firms"), H("jobs", "jobs"),
            H("output CNY m", "output_cny"), H("exports CNY m", "export_value_cny"), H("export TEU", "export_teu"));
        foreach (var town in towns) table.Add(Row(town));
        table.Rule();
        table.Add(Row(TownSummary.Total(towns)));
        table.Write(output);
    }

    private static string[] Row(TownSummary t) =>
    [
        t.Town, Numbers.Whole(t.Population), Numbers.Whole(t.Firms), Numbers.Whole(t.Jobs),
        Numbers.Millions(t.OutputCny), Numbers.Millions(t.ExportValueCny), Numbers.Whole(t.ExportTeu),
    ];

    public static void WriteJson(RunSummary summary, string? outDir, TextWriter output)
    {
        var json = JsonSerializer.SerializeToNode(summary, Json)!;
        json["files"] = outDir is null ? null : new JsonArray(Path.Combine(outDir, "kpis.csv"), Path.Combine(outDir, "manifest.json"));
        output.WriteLine(json.ToJsonString(Json));
    }
}
