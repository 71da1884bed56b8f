using System.Text.Json;
using Twin.Cli.Rendering;
using Twin.Client.Output;
using Twin.Client.Runs;

namespace Twin.Cli.Commands;

/// <summary>The summary `twin run` prints: one table per part of the zone, averaged over replications.</summary>
public static class RunSummaryPrinter
{
    public static void WriteTables(RunSetResults results, string? outDir, TextWriter output)
    {
        var scenario = results.Scenario.Scenario;
        output.WriteLine($"Scenario '{scenario.Name}': {results.Days} days from {scenario.Start:yyyy-MM-dd}, seed {results.Seed}, " +
                         $"{results.Runs.Count} replication{(results.Runs.Count == 1 ? "" : "s")}, {results.Elapsed.TotalSeconds:F1} s");
        output.WriteLine();
        WriteTowns(results, output);
        LogisticsSummaryPrinter.Write(LogisticsSummary.From(results), results.Runs.Count, output);
        MarketSummaryTables.Write(results, output);
        InstituteSummaryPrinter.Write(InstituteSummary.From(results), results.Runs.Count, output);
        if (outDir is not null)
        {
            output.WriteLine();
            output.WriteLine($"Wrote {Path.Combine(outDir, "kpis.csv")} and {Path.Combine(outDir, "manifest.json")}");
        }
    }

    private static void WriteTowns(RunSetResults results, TextWriter output)
    {
        var towns = TownSummary.From(results);
        if (towns.Count == 0) return;
        output.WriteLine(results.Runs.Count == 1 ? "Towns (last day; output and exports summed over the run):" : "Towns (means over replications; last day; output and exports summed over the run):");
        var table = new TextTable("town", "population", "firms", "jobs", "output CNY m", "exports CNY m", "export TEU");
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

    public static void WriteJson(RunSetResults results, string? outDir, TextWriter output)
    {
        var summary = new
        {
            scenario = results.Scenario.Scenario.Name,
            hash = results.Scenario.Hash,
            days = results.Days,
            seed = results.Seed,
            replications = results.Runs.Count,
            elapsedSeconds = results.Elapsed.TotalSeconds,
            runs = results.Runs.Select(r => r.RunId),
            towns = TownSummary.From(results),
            logistics = LogisticsSummary.From(results),
            markets = MarketSummary.From(results),
            clearing = ClearingSummary.From(results),
            institute = InstituteSummary.From(results),
            files = outDir is null ? null : new[] { Path.Combine(outDir, "kpis.csv"), Path.Combine(outDir, "manifest.json") },
        };
        output.WriteLine(JsonSerializer.Serialize(summary, StudyTables.Json));
    }
}
