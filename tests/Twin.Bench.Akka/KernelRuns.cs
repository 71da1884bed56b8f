using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Hosting;
using Twin.Model.Scenarios;

namespace Twin.Bench.Akka;

/// <summary>The project's kernel on an embedded silo, as `twin bench` runs it: no checkpoints, stepping time only.</summary>
public sealed class KernelRuns(EmbeddedSilo silo, string dataFolder) : IAsyncDisposable
{
    public static async Task<KernelRuns> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"twin-bench-akka-{Guid.NewGuid():N}");
        return new KernelRuns(await EmbeddedSilo.StartAsync(configuration: EmbeddedConfiguration.For(folder)), folder);
    }

    /// <summary>Runs the zone once; returns the seconds the run spent stepping (set-up and results excluded).</summary>
    public async Task<double> StepSecondsAsync(Scenario scenario, int entitiesPerPartition, bool lightAsGrains)
    {
        var document = ScenarioDocument.From(scenario);
        var runId = $"bench-akka-{Guid.NewGuid():N}";
        var request = new RunRequest(document.CanonicalJson, document.Hash, 1, 0, scenario.Days, entitiesPerPartition,
            CheckpointEveryDays: 0, LightEntitiesAsGrains: lightAsGrains);
        await SingleRun.RunAsync(silo.Grains, runId, request, CancellationToken.None);
        return (await silo.Grains.GetGrain<IRunGrain>(runId).GetStatus()).SteppingSeconds;
    }

    public async ValueTask DisposeAsync()
    {
        await silo.DisposeAsync();
        if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
    }
}
