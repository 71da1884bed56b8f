using Akka.Actor;
using Twin.Model.Scenarios;

namespace Twin.Bench.Akka;

/// <summary>Starts runs of the light zone on an Akka.NET actor system.</summary>
public static class AkkaRuns
{
    /// <summary>Runs the zone on a new run actor; returns its stepping time (set-up excluded).</summary>
    public static async Task<TimeSpan> RunAsync(ActorSystem system, Scenario scenario, int entitiesPerPartition)
    {
        var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = system.ActorOf(Props.Create(() => new AkkaRun(scenario, entitiesPerPartition, done)));
        var elapsed = await done.Task;
        await run.GracefulStop(TimeSpan.FromMinutes(1));
        return elapsed;
    }
}
