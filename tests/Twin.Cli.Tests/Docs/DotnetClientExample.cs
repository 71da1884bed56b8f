using Twin.Client.Connection;
using Twin.Client.Runs;
using Twin.Client.Studies;

namespace Twin.Cli.Tests.Docs;

/// <summary>
/// The example of docs/dotnet-client.md, compiled: the doc's code block is this method's body
/// between the markers, word for word (DotnetClientDocTests checks it and runs it).
/// </summary>
public static class DotnetClientExample
{
    public static async Task RunAsync(TwinConnection twin)
    {
        // example:start
        var client = twin.Client;

        // Validate first: every problem, with its JSON path (the file's "base" is found next to it).
        var check = await client.ValidateFileAsync("scenarios/rail-moscow-8-per-week.json");
        if (!check.IsValid) { foreach (var p in check.Problems) Console.WriteLine(p); return; }

        // A comparison on common random numbers: 5 replications of 120 days.
        var request = StudyPlans.Comparison(
            ScenarioDocument.Load("scenarios/baseline.json"),
            [ScenarioDocument.Load("scenarios/rail-moscow-8-per-week.json")],
            new StudyPlans.Settings(Days: 120, Replications: 5));
        var status = await client.StartStudyAsync(request);

        await foreach (var progress in client.WatchAsync(status.StudyId))
            Console.Write($"\r{progress.Fraction:P0} ({progress.RunsDone}/{progress.RunsTotal} runs)");

        // Paired differences per KPI, with their 95% intervals.
        var report = await client.CompareAsync(status.StudyId, new ResultQuery(Entity: "rail-moscow"));
        foreach (var row in report.Rows)
            Console.WriteLine($"{row.Kpi}: {row.Comparison.Difference.Mean:G4} [{row.Comparison.Difference.Lower:G4}, {row.Comparison.Difference.Upper:G4}]");

        // Long-format files of rail-moscow's departures, and the manifest that reproduces every run.
        await client.ExportAsync(status.StudyId, [Twin.Client.Export.ExportFormat.Parquet], "out",
            filter: new Twin.Client.Export.ExportFilter(Kpis: ["teu_departed"], Entities: ["rail-moscow"]));
        // example:end
    }
}
