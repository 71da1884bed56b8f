using Twin.Grains.Tests.Support;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class MarketDeterminismTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Markets_members_and_clearing_give_identical_results_on_the_cluster_and_in_the_sequential_runner()
    {
        // The baseline with margins quadrupled from day 60 (electricity's 35% only to 100%, its bound): thinly
        // funded members default and the house closes them out, so calls, notices and close-out orders all
        // cross partitions and silos.
        var levers = new[] { "crude-oil", "natural-gas", "electricity", "copper", "aluminium" }
            .Select(m => new InterventionSpec { Day = 60, Scale = $"markets/{m}/initialMarginRate", By = m == "electricity" ? 1 / 0.35 : 4 })
            .ToArray();
        var scenario = TestScenarios.With(BuiltInScenarios.Baseline(), 120, levers);
        var kernel = await Runs.RunAsync(cluster.Grains, scenario, seed: 42, entitiesPerPartition: 4);
        var loop = new SequentialRunner(scenario, 42, 0, 120).Run();

        KernelDeterminismTests.AssertIdentical(loop, kernel.Series);
        var clearing = kernel.Series.First(s => s.EntityId == "clearing-house");
        Assert.True(clearing.Sum("trades") > 500, "the markets traded");
        Assert.True(clearing.Sum("defaults") >= 1, "the scenario exercises a default and its close-out");
    }
}
