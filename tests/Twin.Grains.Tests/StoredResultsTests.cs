using Microsoft.Extensions.DependencyInjection;
using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Grains.Results;
using Twin.Grains.Tests.Support;
using Twin.Model.Kernel;

namespace Twin.Grains.Tests;

/// <summary>Damaged stored results: the error names the run, and asking for the run again recomputes it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StoredResultsTests(ClusterFixture cluster)
{
    [Fact]
    public void A_flipped_bit_anywhere_in_stored_results_is_caught_and_named_by_its_run_or_changes_nothing()
    {
        var series = new SequentialRunner(TestScenarios.Light(entities: 3, messages: 2, days: 20), 1, 0, 20).Run();
        var payload = KpiSeriesCodec.Encode(series);
        int caught = 0;
        for (int i = 0; i < payload.Length; i++)
        {
            var damaged = (byte[])payload.Clone();
            damaged[i] ^= 0x10;
            try
            {
                // Only a padding bit of the compressed stream may flip unnoticed, and then nothing read differs.
                KernelDeterminismTests.AssertIdentical(series, StoredResultsCodec.Decode("run-x", damaged));
            }
            catch (StoredResultsUnreadableException error)
            {
                Assert.StartsWith("The stored results of run run-x cannot be read (", error.Message, StringComparison.Ordinal);
                caught++;
            }
        }
        Assert.True(caught >= payload.Length - 2, $"only {caught} of {payload.Length} flips were caught");
    }

    [Fact]
    public async Task A_run_whose_stored_results_are_damaged_is_recomputed_when_asked_for_again()
    {
        var scenario = TestScenarios.Baseline(days: 20);
        var document = ScenarioDocument.From(scenario);
        var request = new RunRequest(document.CanonicalJson, document.Hash, 17, 0, 20);
        var runId = $"test-damaged-{Guid.NewGuid():N}";
        var first = await SingleRun.RunAsync(cluster.Grains, runId, request, CancellationToken.None);
        foreach (var silo in cluster.Cluster.Silos)
            ((InMemoryRunResultsStore)silo.ServiceProvider.GetRequiredService<IRunResultsStore>()).Damage(runId, bytes => bytes[..^7]);
        var run = cluster.Grains.GetGrain<IRunGrain>(runId);
        await run.Cast<Orleans.Core.Internal.IGrainManagementExtension>().DeactivateOnIdle();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(run.GetResults);
        Assert.Contains(runId, error.Message);
        var again = await run.Start(request);
        Assert.Equal(RunState.Running, again.State);
        Assert.Equal(RunState.Completed, (await RunResumeTests.WaitForEndAsync(run)).State);
        KernelDeterminismTests.AssertIdentical(first.Series, (await run.GetResults()).Series);
    }
}
