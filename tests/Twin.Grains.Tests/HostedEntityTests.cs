using Orleans.Core.Internal;
using Twin.Client.Runs;
using Twin.Contracts.Entities;
using Twin.Contracts.Kernel;
using Twin.Grains.Kernel;
using Twin.Grains.Tests.Support;
using Twin.Model.Kernel;

namespace Twin.Grains.Tests;

/// <summary>
/// Light entities live as data inside their partition grain rather than as grains of their own;
/// where they live must change no result, and a lost partition takes them back from its checkpoint.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class HostedEntityTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Light_entities_hosted_in_partitions_or_as_grains_match_the_plain_loop_on_one_or_two_silos()
    {
        // 60 light entities in partitions of 7: most messages cross partitions and silos.
        var scenario = TestScenarios.Light(entities: 60, messages: 3, days: 30);
        var loop = new SequentialRunner(scenario, 5, 0, 30).Run();
        var hosted = await Runs.RunAsync(cluster.Grains, scenario, seed: 5, entitiesPerPartition: 7);
        var asGrains = await Runs.RunAsync(cluster.Grains, scenario, seed: 5, entitiesPerPartition: 7, lightAsGrains: true);
        await using var single = await ClusterFixture.StartAsync(silos: 1);
        var hostedOnOne = await Runs.RunAsync(single.Client, scenario, seed: 5, entitiesPerPartition: 7);

        KernelDeterminismTests.AssertIdentical(loop, hosted.Series);
        KernelDeterminismTests.AssertIdentical(loop, asGrains.Series);
        KernelDeterminismTests.AssertIdentical(loop, hostedOnOne.Series);
    }

    [Fact]
    public async Task Hosted_light_entities_have_no_grains_of_their_own()
    {
        var scenario = TestScenarios.Light(entities: 20, messages: 2, days: 5);
        var document = ScenarioDocument.From(scenario);
        var runId = $"test-hosted-{Guid.NewGuid():N}";
        var request = new RunRequest(document.CanonicalJson, document.Hash, 1, 0, 5, EntitiesPerPartition: 10, CheckpointEveryDays: 0);
        await SingleRun.RunAsync(cluster.Grains, runId, request, CancellationToken.None);

        // An entity grain of the run would have been initialized by its partition; a hosted one never is.
        var first = EntityCatalog.DirectoryOf(scenario)[0];
        var grain = EntityGrainTypes.Get(cluster.Grains, runId, first.Id, first.Kind);
        await Assert.ThrowsAsync<ActivationLostException>(() => grain.GetKpis());
    }

    [Fact]
    public async Task A_lost_partition_takes_its_hosted_entities_back_from_its_checkpoint_with_identical_results()
    {
        // Long enough that the run is still going when the partition is lost, even on a quick machine.
        const int days = 1500;
        var scenario = TestScenarios.Light(entities: 1000, messages: 3, days: days);
        var expected = new SequentialRunner(scenario, 3, 0, days).Run();
        var document = ScenarioDocument.From(scenario);
        var request = new RunRequest(document.CanonicalJson, document.Hash, 3, 0, days, EntitiesPerPartition: 100, CheckpointEveryDays: 50);
        var runId = $"test-hosted-resume-{Guid.NewGuid():N}";
        var run = cluster.Grains.GetGrain<IRunGrain>(runId);

        var status = await run.Start(request);
        while (status.DaysDone < 120 && !status.State.IsFinished())
            status = await run.GetStatus();
        Assert.False(status.State.IsFinished(), "the run finished before it could be interrupted");
        await cluster.Grains.GetGrain<IPartitionGrain>(RunPlan.PartitionKey(runId, 1)).Cast<IGrainManagementExtension>().DeactivateOnIdle();
        status = await RunResumeTests.WaitForEndAsync(run);

        Assert.Equal(RunState.Completed, status.State);
        Assert.True(status.Resumptions >= 1, "the run should have resumed after losing a partition");
        KernelDeterminismTests.AssertIdentical(expected, (await run.GetResults()).Series);
    }
}
