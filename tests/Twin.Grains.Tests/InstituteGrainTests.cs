using System.Text.Json;
using Twin.Grains.Tests.Support;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class InstituteGrainTests(ClusterFixture cluster)
{
    [Fact]
    public async Task An_institute_scenario_gives_identical_results_on_the_cluster_and_in_the_plain_loop()
    {
        // Every institute message kind within 45 days: trainee flows, the alumni effect, settlers and
        // their firms (more of them than in the baseline), go-global tours; a switch-on and a closure.
        static InterventionSpec Set(int day, string path, object to) => new() { Day = day, Set = path, To = JsonSerializer.SerializeToElement(to) };
        var scenario = TestScenarios.With(BuiltInScenarios.Baseline(), 45,
            new InterventionSpec { Day = 0, Scale = "programmes/trade-training/classesPerYear", By = 2 },
            Set(0, "programmes/trade-training/stayShare", 0.2),
            Set(0, "programmes/trade-training/foundFirmShare", 0.05),
            Set(0, "programmes/go-global-tours/classesPerYear", 12),
            Set(3, "programmes/macao-universities/enabled", true),
            new InterventionSpec { Day = 5, Close = "programmes/foreign-aid-training", Days = 10 });
        // Small partitions, so the institute's messages cross partitions and silos.
        var kernel = await Runs.RunAsync(cluster.Grains, scenario, seed: 17, entitiesPerPartition: 6);
        var loop = new SequentialRunner(scenario, 17, 0, 45).Run();

        KernelDeterminismTests.AssertIdentical(kernel.Series, loop);
        var programmes = kernel.Series.Where(s => s.Kind == "programme").ToArray();
        Assert.Equal(7, programmes.Length);
        Assert.True(programmes.Sum(s => s.Sum("completed")) > 0);
        Assert.True(programmes.Sum(s => s.Sum("firms_founded")) > 0 && programmes.Sum(s => s.Sum("firms_toured")) > 0);
        var institute = kernel.Series.Single(s => s.Kind == "institute");
        Assert.True(institute.Last("export_demand_factor") > 1);
    }
}
