using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Microsoft.Data.Sqlite;
using Twin.Grains.Results;
using Twin.Model.Kernel;
using Twin.Testing;

namespace Twin.Storage.Tests.Faults;

/// <summary>
/// What a fault trial runs: a study attached to the cluster through the `twin` command (one
/// gateway given), and a comparison started through the .NET client that shares the study's
/// baseline runs. Four runs in all, checkpointed every five days; the same comparison run by
/// `twin` on its embedded silo gives the results every run must equal.
/// </summary>
public sealed class FaultWorkload(int days, long seed)
{
    private const int Replications = 2;

    private static readonly ScenarioDocument Baseline = ScenarioDocument.Load(Repository.Path("scenarios", "baseline.json"));
    private static readonly ScenarioDocument WhatIf = ScenarioDocument.Load(Repository.Path("scenarios", "rail-moscow-8-per-week.json"));

    private StudyPlans.Settings Settings(string title) => new(days, seed, Replications, CheckpointEveryDays: 5, Title: title);

    public StudyRequest Comparison => StudyPlans.Comparison(Baseline, [WhatIf], Settings("fault trial: comparison"));

    /// <summary>The arguments of the attached `twin study` through the gateway at <paramref name="gatewayPort"/>.</summary>
    public string[] AttachedStudy(int gatewayPort) =>
    [
        "study", Baseline.SourcePath!, "--replications", $"{Replications}", "--days", $"{days}", "--seed", $"{seed}",
        "--checkpoint-every", "5", "--title", "fault trial: attached", "--cluster", $"127.0.0.1:{gatewayPort}",
    ];

    /// <summary>
    /// The same runs on the embedded silo, as a planner runs them: `twin compare` in a process of
    /// its own with a data folder of its own. It starts with the trial and runs beside it.
    /// </summary>
    public CliProcess StartEmbedded(string dataFolder) => CliProcess.Start(
    [
        "compare", Baseline.SourcePath!, WhatIf.SourcePath!, "--replications", $"{Replications}", "--days", $"{days}",
        "--seed", $"{seed}", "--title", "fault trial: embedded reference", "--data", dataFolder,
    ]);

    /// <summary>The embedded run's stored results (its SQLite results store): run id to series.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<KpiSeries>>> EmbeddedResultsAsync(string dataFolder)
    {
        var series = new Dictionary<string, IReadOnlyList<KpiSeries>>();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "twin.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "select run_id, payload from twin_run_results";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            series[reader.GetString(0)] = StoredResultsCodec.Decode(reader.GetString(0), (byte[])reader.GetValue(1));
        return series;
    }

    /// <summary>The results of runs, read back through whatever silo answers.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<KpiSeries>>> SeriesAsync(IGrainFactory grains, IEnumerable<string> runIds)
    {
        var series = new Dictionary<string, IReadOnlyList<KpiSeries>>();
        foreach (var id in runIds.Distinct())
            series[id] = (await TransientFailures.RetryAsync(() => grains.GetGrain<IRunGrain>(id).GetResults(), CancellationToken.None)).Series;
        return series;
    }

    /// <summary>Null if every run's series equal the reference's bit for bit; otherwise what differs first.</summary>
    public static string? Difference(IReadOnlyDictionary<string, IReadOnlyList<KpiSeries>> expected, IReadOnlyDictionary<string, IReadOnlyList<KpiSeries>> actual)
    {
        foreach (var (id, series) in actual)
        {
            if (!expected.TryGetValue(id, out var reference)) return $"run {id} is not in the reference";
            if (!reference.Select(s => s.EntityId).SequenceEqual(series.Select(s => s.EntityId))) return $"run {id} has other entities";
            for (int i = 0; i < reference.Count; i++)
                if (!reference[i].Values.AsSpan().SequenceEqual(series[i].Values)) return $"run {id}: the series of {reference[i].EntityId} differ";
        }
        return null;
    }
}
