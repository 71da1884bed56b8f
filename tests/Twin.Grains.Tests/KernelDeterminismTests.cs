using Twin.Contracts.Kernel;
using Twin.Grains.Tests.Support;
using Twin.Model.Kernel;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class KernelDeterminismTests(ClusterFixture cluster)
{
    [Fact]
    public async Task Same_seed_gives_identical_results_on_one_or_two_silos_and_in_the_plain_loop()
    {
        var scenario = TestScenarios.Baseline(days: 40);
        var twoSilos = await Runs.RunAsync(cluster.Grains, scenario, seed: 7);
        var twoSilosAgain = await Runs.RunAsync(cluster.Grains, scenario, seed: 7);
        await using var single = await ClusterFixture.StartAsync(silos: 1);
        var oneSilo = await Runs.RunAsync(single.Client, scenario, seed: 7);
        var loop = new SequentialRunner(scenario, 7, 0, 40).Run();

        AssertIdentical(twoSilos.Series, twoSilosAgain.Series);
        AssertIdentical(twoSilos.Series, oneSilo.Series);
        AssertIdentical(twoSilos.Series, loop);
    }

    [Fact]
    public async Task A_different_seed_gives_different_results()
    {
        var scenario = TestScenarios.Baseline(days: 20);
        var a = await Runs.RunAsync(cluster.Grains, scenario, seed: 42);
        var b = await Runs.RunAsync(cluster.Grains, scenario, seed: 43);
        Assert.NotEqual(Flatten(a.Series), Flatten(b.Series));
    }

    [Fact]
    public async Task Messages_routed_across_partitions_and_silos_match_the_plain_loop()
    {
        // 60 light entities in partitions of 7: most messages cross partitions and silos.
        var scenario = TestScenarios.Light(entities: 60, messages: 3, days: 30);
        var kernel = await Runs.RunAsync(cluster.Grains, scenario, seed: 5, entitiesPerPartition: 7);
        var loop = new SequentialRunner(scenario, 5, 0, 30).Run();
        AssertIdentical(kernel.Series, loop);
        Assert.True(kernel.Series.Sum(s => s.Sum("received")) == 60 * 3 * 29, "every message sent on days 0..28 arrives the next day");
    }

    internal static void AssertIdentical(IReadOnlyList<KpiSeries> expected, IReadOnlyList<KpiSeries> actual)
    {
        Assert.Equal(expected.Select(s => s.EntityId), actual.Select(s => s.EntityId));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Names, actual[i].Names);
            Assert.Equal(expected[i].Days, actual[i].Days);
            // Bit-identical, not approximately equal.
            Assert.True(expected[i].Values.AsSpan().SequenceEqual(actual[i].Values), $"series of {expected[i].EntityId} differ");
        }
    }

    private static double[] Flatten(IReadOnlyList<KpiSeries> series) => series.SelectMany(s => s.Values).ToArray();
}
