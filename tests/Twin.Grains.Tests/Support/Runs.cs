using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Grains.Tests.Support;

/// <summary>Runs scenarios on a test cluster under fresh run ids.</summary>
public static class Runs
{
    public static async Task<RunResults> RunAsync(IGrainFactory grains, Scenario scenario, long seed = 42, int replication = 0,
        int? days = null, int entitiesPerPartition = RunRequest.DefaultEntitiesPerPartition, bool lightAsGrains = false)
    {
        var document = ScenarioDocument.From(scenario);
        var request = new RunRequest(document.CanonicalJson, document.Hash, seed, replication, days ?? scenario.Days, entitiesPerPartition,
            LightEntitiesAsGrains: lightAsGrains);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await SingleRun.RunAsync(grains, $"test-{scenario.Name}-{Guid.NewGuid():N}", request, timeout.Token);
    }
}
