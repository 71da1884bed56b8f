using Orleans.Core.Internal;
using Twin.Client.Runs;
using Twin.Contracts.Entities;
using Twin.Contracts.Kernel;
using Twin.Grains.Kernel;
using Twin.Grains.Tests.Support;
using Twin.Model.Kernel;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RunResumeTests(ClusterFixture cluster)
{
    private const int Days = 500;
    private static readonly Twin.Model.Scenarios.Scenario Scenario = TestScenarios.Baseline(days: Days);
    private static readonly IReadOnlyList<KpiSeries> Expected = new SequentialRunner(Scenario, 3, 0, Days).Run();

    /// <summary>What goes away mid-run, as if its silo had died: the run's clock, one of its partitions, or one of its entities.</summary>
    public enum Lost
    {
        Clock,
        Partition,
        Entity,
    }

    [Theory]
    [InlineData(Lost.Clock, 5)]
    [InlineData(Lost.Clock, 45)]
    [InlineData(Lost.Clock, 150)]
    [InlineData(Lost.Partition, 70)]
    [InlineData(Lost.Entity, 90)]
    public async Task A_run_that_loses_an_activation_resumes_from_its_checkpoint_with_identical_results(Lost lost, int loseAfterDay)
    {
        var document = ScenarioDocument.From(Scenario);
        var request = new RunRequest(document.CanonicalJson, document.Hash, 3, 0, Days, EntitiesPerPartition: 12, CheckpointEveryDays: 20);
        var runId = $"test-resume-{Guid.NewGuid():N}";
        var run = cluster.Grains.GetGrain<IRunGrain>(runId);

        var status = await run.Start(request);
        while (status.DaysDone < loseAfterDay && !status.State.IsFinished())
            status = await run.GetStatus();
        Assert.False(status.State.IsFinished(), "the run finished before it could be interrupted");
        // The activation goes away; what else of the run lives on is ahead of the checkpoint.
        await Victim(lost, runId).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        status = await WaitForEndAsync(run);

        Assert.Equal(RunState.Completed, status.State);
        Assert.True(status.Resumptions >= 1, $"the run should have resumed after losing its {lost}");
        KernelDeterminismTests.AssertIdentical(Expected, (await run.GetResults()).Series);
    }

    [Fact]
    public async Task A_cancelled_run_asked_for_again_resumes_from_its_checkpoint_with_identical_results()
    {
        var document = ScenarioDocument.From(Scenario);
        var request = new RunRequest(document.CanonicalJson, document.Hash, 3, 0, Days, CheckpointEveryDays: 20);
        var run = cluster.Grains.GetGrain<IRunGrain>($"test-restart-{Guid.NewGuid():N}");
        var status = await run.Start(request);
        while (status.DaysDone < 60 && !status.State.IsFinished())
            status = await run.GetStatus();
        var cancelled = await run.Cancel();
        Assert.Equal(RunState.Cancelled, cancelled.State);

        // The same activation is asked again: it must not carry on from where it was cancelled.
        var again = await run.Start(request);
        Assert.Equal(RunState.Running, again.State);
        Assert.InRange(again.DaysDone, 20, cancelled.DaysDone);
        Assert.Equal(RunState.Completed, (await WaitForEndAsync(run)).State);
        KernelDeterminismTests.AssertIdentical(Expected, (await run.GetResults()).Series);
    }

    [Fact]
    public async Task Asking_for_a_completed_run_again_returns_its_stored_results_without_running_it()
    {
        var scenario = TestScenarios.Baseline(days: 30);
        var document = ScenarioDocument.From(scenario);
        var request = new RunRequest(document.CanonicalJson, document.Hash, 9, 0, 30);
        var runId = $"test-cache-{Guid.NewGuid():N}";
        var first = await SingleRun.RunAsync(cluster.Grains, runId, request, CancellationToken.None);
        var run = cluster.Grains.GetGrain<IRunGrain>(runId);
        await run.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var again = await run.Start(request);
        Assert.Equal(RunState.Completed, again.State);
        Assert.Equal(0, again.SteppingSeconds);
        KernelDeterminismTests.AssertIdentical(first.Series, (await run.GetResults()).Series);
    }

    private IAddressable Victim(Lost lost, string runId)
    {
        var directory = EntityCatalog.DirectoryOf(Scenario);
        var airport = directory[directory.IndexOf("airport")];
        return lost switch
        {
            Lost.Clock => cluster.Grains.GetGrain<IRunGrain>(runId),
            Lost.Partition => cluster.Grains.GetGrain<IPartitionGrain>(RunPlan.PartitionKey(runId, 1)),
            _ => EntityGrainTypes.Get(cluster.Grains, runId, airport.Id, airport.Kind),
        };
    }

    internal static async Task<RunStatus> WaitForEndAsync(IRunGrain run)
    {
        // A resume waits out the cluster's view of the lost activation: seconds when quiet, far more under load.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var status = await run.GetStatus();
        while (!status.State.IsFinished())
        {
            await Task.Delay(20, timeout.Token);
            status = await run.GetStatus();
        }
        return status;
    }
}
