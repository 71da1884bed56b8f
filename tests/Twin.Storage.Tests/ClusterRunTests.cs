using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Storage.Tests.Support;

namespace Twin.Storage.Tests;

/// <summary>
/// Runs on three silo processes clustered through PostgreSQL, with grain state and results in it:
/// the same results as one silo (the plain loop), even when the silo holding a run's clock is
/// killed mid-run, at several ticks.
/// </summary>
public sealed class ClusterRunTests
{
    private static readonly Scenario Baseline = BuiltInScenarios.Baseline();

    [SkippableFact]
    public async Task Three_silo_processes_on_postgres_give_the_results_of_one_silo()
    {
        await using var database = await PostgresScratch.CreateAsync();
        Skip.If(database is null, PostgresScratch.SkipReason);
        var settings = TestClusters.Settings(database);
        await using var cluster = await ProcessCluster.StartAsync(settings, silos: 3);
        // Small partitions spread the run over the three silos.
        var results = await RunAsync(cluster.Grains, days: 90, entitiesPerPartition: 6, seed: 4);
        AssertIdentical(new SequentialRunner(Baseline, 4, 0, 90).Run(), results.Series);
    }

    [SkippableFact]
    public async Task Killing_the_silo_that_holds_a_runs_clock_mid_run_changes_no_result()
    {
        await using var database = await PostgresScratch.CreateAsync();
        Skip.If(database is null, PostgresScratch.SkipReason);
        var settings = TestClusters.Settings(database);
        await using var cluster = await ProcessCluster.StartAsync(settings, silos: 3);
        var silos = cluster.Silos.ToList();
        const int days = 240;
        var document = ScenarioDocument.From(Baseline);
        var run = cluster.Grains.GetGrain<IRunGrain>($"kill-test-{Guid.NewGuid():N}");
        var status = await run.Start(new RunRequest(document.CanonicalJson, document.Hash, 8, 0, days, EntitiesPerPartition: 12, CheckpointEveryDays: 10));

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var killed = new List<int>();
        foreach (int tick in new[] { 45, 150 })
        {
            while (status.DaysDone < tick && !status.State.IsFinished())
                status = await TransientFailures.RetryAsync(run.GetStatus, timeout.Token);
            Assert.False(status.State.IsFinished(), $"the run finished before tick {tick}");
            var clock = silos.Single(s => status.Silo!.EndsWith($":{s.SiloPort}", StringComparison.Ordinal));
            clock.Kill();
            killed.Add(status.DaysDone);
            silos.Remove(clock);
        }
        while (!status.State.IsFinished())
        {
            await Task.Delay(100, timeout.Token);
            status = await TransientFailures.RetryAsync(run.GetStatus, timeout.Token);
        }

        Assert.Equal(RunState.Completed, status.State);
        Assert.True(status.Resumptions >= 2, $"the run should have resumed after each kill (at days {string.Join(", ", killed)}), resumed {status.Resumptions} times");
        AssertIdentical(new SequentialRunner(Baseline, 8, 0, days).Run(), (await run.GetResults()).Series);
    }

    private static async Task<RunResults> RunAsync(IGrainFactory grains, int days, int entitiesPerPartition, long seed)
    {
        var document = ScenarioDocument.From(Baseline);
        var request = new RunRequest(document.CanonicalJson, document.Hash, seed, 0, days, entitiesPerPartition, CheckpointEveryDays: 30);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await SingleRun.RunAsync(grains, $"cluster-test-{Guid.NewGuid():N}", request, timeout.Token);
    }

    private static void AssertIdentical(IReadOnlyList<KpiSeries> expected, IReadOnlyList<KpiSeries> actual)
    {
        Assert.Equal(expected.Select(s => s.EntityId), actual.Select(s => s.EntityId));
        for (int i = 0; i < expected.Count; i++)
            Assert.True(expected[i].Values.AsSpan().SequenceEqual(actual[i].Values), $"series of {expected[i].EntityId} differ");
    }
}
