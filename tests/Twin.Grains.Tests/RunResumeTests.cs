using Orleans.Core.Internal;
using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Grains.Tests.Support;
using Twin.Model.Kernel;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class RunResumeTests(ClusterFixture cluster)
{
    [Theory]
    [InlineData(5)]
    [InlineData(45)]
    [InlineData(150)]
    public async Task A_run_that_loses_its_activation_resumes_from_its_checkpoint_with_identical_results(int loseAfterDay)
    {
        var scenario = TestScenarios.Baseline(days: 500);
        var document = ScenarioDocument.From(scenario);
        var request = new RunRequest(document.CanonicalJson, document.Hash, 3, 0, 500, CheckpointEveryDays: 20);
        var run = cluster.Grains.GetGrain<IRunGrain>($"test-resume-{Guid.NewGuid():N}");

        var status = await run.Start(request);
        while (status.DaysDone < loseAfterDay && !status.State.IsFinished())
            status = await run.GetStatus();
        Assert.False(status.State.IsFinished(), "the run finished before it could be interrupted");
        // The run's activation goes away mid-run, as if its silo had died; its entities live on, ahead of the checkpoint.
        await run.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!status.State.IsFinished())
        {
            await Task.Delay(20, timeout.Token);
            status = await run.GetStatus();
        }

        Assert.Equal(RunState.Completed, status.State);
        Assert.Equal(1, status.Resumptions);
        var expected = new SequentialRunner(scenario, 3, 0, 500).Run();
        KernelDeterminismTests.AssertIdentical(expected, (await run.GetResults()).Series);
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
}
