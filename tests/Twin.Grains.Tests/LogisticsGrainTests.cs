using Twin.Grains.Tests.Support;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class LogisticsGrainTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_logistics_scenario_gives_identical_results_on_the_cluster_and_in_the_plain_loop()
    {
        // Closures of a route and a crossing and a frequency change, so every logistics rule runs.
        var scenario = TestScenarios.With(BuiltInScenarios.Baseline(), 45,
            new InterventionSpec { Day = 5, Set = "routes/rail-moscow/departuresPerWeek", To = System.Text.Json.JsonSerializer.SerializeToElement(8) },
            new InterventionSpec { Day = 10, Close = "routes/tir-almaty", Days = 7 },
            new InterventionSpec { Day = 12, Close = "borders/manzhouli", Days = 4 },
            new InterventionSpec { Day = 15, Scale = "warehouses/bonded-forward/handlingTeuPerDay", By = 0.5 },
            // The expo centre's imports and the e-commerce base's loads cross partitions too.
            new InterventionSpec { Day = 3, Set = "ecommerceBase/operationsCentre/open", To = System.Text.Json.JsonSerializer.SerializeToElement(true) },
            new InterventionSpec { Day = 0, Set = "ecommerceBase/consolidation/departuresPerWeek", To = System.Text.Json.JsonSerializer.SerializeToElement(2) });
        // Small partitions, so shipments cross partitions and silos.
        var kernel = await Runs.RunAsync(cluster.Grains, scenario, seed: 11, entitiesPerPartition: 6);
        var loop = new SequentialRunner(scenario, 11, 0, 45).Run();

        KernelDeterminismTests.AssertIdentical(kernel.Series, loop);
        var kinds = kernel.Series.Select(s => s.Kind).ToHashSet();
        Assert.Superset(new HashSet<string> { "hub", "warehouse", "route", "destination", "border", "town", "expo", "ecommerce-base" }, kinds);
        Assert.True(kernel.Series.Single(s => s.Kind == "expo").Sum("import_teu") > 0);
        Assert.True(kernel.Series.Single(s => s.Kind == "ecommerce-base").Sum("centre_dispatched_parcels") > 0);
        Assert.True(kernel.Series.Where(s => s.Kind == "route").Sum(s => s.Sum("departures")) > 0);
        Assert.True(kernel.Series.Where(s => s.Kind == "destination").Sum(s => s.Sum("teu_received")) > 0);
    }
}
