using System.Diagnostics;
using Twin.Client.Runs;
using Twin.Contracts.Bench;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Cli.Bench;

/// <summary>
/// Measures the kernel against two yardsticks in one process: the raw Orleans call ceiling and the
/// same models stepped in a plain sequential loop.
/// </summary>
public sealed class KernelBench(IGrainFactory grains, BenchSettings settings, TextWriter log)
{
    public async Task<BenchFigures> RunAsync(CancellationToken cancellation)
    {
        var ceiling = new CallCeiling(grains.GetGrain<ICallCeilingGrain>(1));
        var light = BenchScenarios.Light(settings.Entities, settings.Messages, settings.Days);
        var towns = BenchScenarios.Towns(settings.Towns, settings.FirmsPerTown, settings.Days);
        // Tiered JIT and the thread pool need seconds to settle; figures taken earlier are a
        // measure of the warm-up, not of the kernel.
        log.WriteLine($"warming up for {settings.WarmupSeconds} s...");
        var warmup = Stopwatch.StartNew();
        // The warm-up zone is capped: it settles the JIT, and a million entities would only take long.
        int warmEntities = Math.Min(settings.Entities, WarmupEntities);
        var warmLight = BenchScenarios.Light(warmEntities, settings.Messages, 50);
        var warmTowns = BenchScenarios.Towns(settings.Towns, Math.Min(settings.FirmsPerTown, 2000), 50);
        var warmCeiling = new CallCeiling(grains.GetGrain<ICallCeilingGrain>(2));
        while (warmup.Elapsed.TotalSeconds < settings.WarmupSeconds)
        {
            await warmCeiling.Measure(warmEntities, 50);
            await RunOnCluster(warmLight, cancellation);
            if (settings.Entities <= EntityGrainsUpTo) await RunOnCluster(warmLight, cancellation, lightAsGrains: true);
            await RunOnCluster(warmTowns, cancellation);
            Sequential(warmLight);
            Sequential(warmTowns);
        }

        // Figures drift by a quarter within one process: measure each yardstick and the kernel in
        // turn, several times, and compare medians taken over the same stretch of time.
        var ceilings = new List<double>();
        var kernel = new List<double>();
        var entityGrains = new List<double>();
        var loop = new List<double>();
        // The ceiling is a rate of calls; past the grain-per-entity cap its million probe grains
        // would only measure their own activations (14.7 GB and over 15 minutes at a million).
        int probes = Math.Min(settings.Entities, EntityGrainsUpTo);
        for (int round = 1; round <= Rounds; round++)
        {
            log.WriteLine($"round {round}/{Rounds}: raw call ceiling ({probes:N0} probes), {settings.Entities:N0} light entities x {settings.Days} days on the kernel, and in a plain loop...");
            ceilings.Add(await ceiling.Measure(probes, settings.Days));
            var (status, _) = await RunOnCluster(light, cancellation);
            kernel.Add((double)settings.Entities * settings.Days / status.SteppingSeconds);
            if (settings.Entities <= EntityGrainsUpTo)
            {
                var (grainStatus, _) = await RunOnCluster(light, cancellation, lightAsGrains: true);
                entityGrains.Add((double)settings.Entities * settings.Days / grainStatus.SteppingSeconds);
            }
            loop.Add((double)settings.Entities * settings.Days / Sequential(light).TotalSeconds);
        }

        log.WriteLine($"measuring {settings.Towns} towns x {settings.FirmsPerTown:N0} firms x {settings.Days} days on the kernel...");
        var (townStatus, townResults) = await RunOnCluster(towns, cancellation);
        log.WriteLine("... and in a plain loop");
        var townLoop = Sequential(towns);

        double firmSteps = townResults.Series.Sum(s => s.Series("firms").Sum());
        return new BenchFigures(
            settings,
            RawCallsPerSecond: Median(ceilings),
            KernelEntityStepsPerSecond: Median(kernel),
            EntityGrainsStepsPerSecond: entityGrains.Count == 0 ? null : Median(entityGrains),
            LoopEntityStepsPerSecond: Median(loop),
            KernelTownSeconds: townStatus.SteppingSeconds,
            LoopTownSeconds: townLoop.TotalSeconds,
            KernelAgentStepsPerSecond: firmSteps / townStatus.SteppingSeconds,
            LoopAgentStepsPerSecond: firmSteps / townLoop.TotalSeconds,
            FirmSteps: firmSteps);
    }

    /// <summary>Measured rounds of the light zone; its figures are their medians.</summary>
    public const int Rounds = 3;

    /// <summary>Light entities of the warm-up zone at most.</summary>
    public const int WarmupEntities = 10_000;

    /// <summary>Up to this many light entities, the older layout (a grain per light entity) is measured too.</summary>
    public const int EntityGrainsUpTo = 100_000;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private async Task<(RunStatus Status, RunResults Results)> RunOnCluster(Scenario scenario, CancellationToken cancellation, bool lightAsGrains = false)
    {
        var document = ScenarioDocument.From(scenario);
        var runId = $"bench-{scenario.Name}-{Guid.NewGuid():N}";
        // The kernel alone: no checkpoints (they measure the database, not the kernel).
        var request = new RunRequest(document.CanonicalJson, document.Hash, 1, 0, scenario.Days, settings.EntitiesPerPartition, CheckpointEveryDays: 0,
            LightEntitiesAsGrains: lightAsGrains);
        var results = await SingleRun.RunAsync(grains, runId, request, cancellation);
        var status = await grains.GetGrain<IRunGrain>(runId).GetStatus();
        return (status, results);
    }

    private static TimeSpan Sequential(Scenario scenario)
    {
        var runner = new SequentialRunner(scenario, 1, 0, scenario.Days);
        var clock = Stopwatch.StartNew();
        runner.Run();
        return clock.Elapsed;
    }
}

public sealed record BenchSettings(int Entities, int Messages, int Towns, int FirmsPerTown, int Days, int EntitiesPerPartition, int WarmupSeconds);

/// <summary>What `twin bench` measured.</summary>
public sealed record BenchFigures(
    BenchSettings Settings,
    double RawCallsPerSecond,
    double KernelEntityStepsPerSecond,
    double? EntityGrainsStepsPerSecond,
    double LoopEntityStepsPerSecond,
    double KernelTownSeconds,
    double LoopTownSeconds,
    double KernelAgentStepsPerSecond,
    double LoopAgentStepsPerSecond,
    double FirmSteps)
{
    /// <summary>Kernel entity-steps/s over the raw call ceiling (target: at least 1).</summary>
    public double CeilingRatio => KernelEntityStepsPerSecond / RawCallsPerSecond;

    /// <summary>Kernel time over plain-loop time for the towns (target: at most 1.5).</summary>
    public double LoopTimeRatio => KernelTownSeconds / LoopTownSeconds;
}
