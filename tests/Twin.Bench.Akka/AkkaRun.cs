using System.Diagnostics;
using Akka.Actor;
using Twin.Contracts.Kernel;
using Twin.Grains.Kernel;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Bench.Akka;

/// <summary>
/// The run as an Akka.NET actor: a day at a time it steps every partition, waits for all of them
/// (the barrier) and forwards their batches for the next day, as the kernel's run grain does.
/// </summary>
public sealed class AkkaRun : ReceiveActor
{
    private sealed record Go;

    private readonly IActorRef[] _partitions;
    private readonly PartitionStepResult[] _results;
    private readonly int _days;
    private readonly TaskCompletionSource<TimeSpan> _done;
    private readonly Stopwatch _clock = new();
    private int _day;
    private int _waiting;
    private Message[][][] _incoming;

    public AkkaRun(Scenario scenario, int entitiesPerPartition, TaskCompletionSource<TimeSpan> done)
    {
        _done = done;
        _days = scenario.Days;
        var directory = EntityCatalog.DirectoryOf(scenario);
        var plan = new RunPlan(directory, entitiesPerPartition);
        _partitions = new IActorRef[plan.Count];
        for (int p = 0; p < plan.Count; p++)
        {
            var members = new IActorRef[plan.SizeOf(p)];
            for (int slot = 0; slot < members.Length; slot++)
            {
                // Built here, before the clock starts, as the kernel builds its entities before stepping.
                var host = new EntityHost(new EntitySetup(scenario, directory[plan.FirstOf(p) + slot], directory, 1, 0), scenario.Days);
                int at = slot;
                members[slot] = Context.ActorOf(Props.Create(() => new AkkaEntity(host, at)));
            }
            var routes = new PartitionRoutes(plan, plan.MembersOf(p));
            int partition = p;
            _partitions[p] = Context.ActorOf(Props.Create(() => new AkkaPartition(partition, members, routes)));
        }
        _results = new PartitionStepResult[plan.Count];
        _incoming = Enumerable.Repeat(Array.Empty<Message[]>(), plan.Count).ToArray();
        Receive<Go>(_ => StepDay());
        Receive<AkkaPartition.Stepped>(stepped =>
        {
            _results[stepped.Partition] = stepped.Result;
            if (--_waiting > 0) return;
            _incoming = BatchForwarding.Forward(_results, _partitions.Length);
            if (++_day < _days) StepDay();
            else _done.SetResult(_clock.Elapsed);
        });
        Self.Tell(new Go());
    }

    private void StepDay()
    {
        _clock.Start();
        _waiting = _partitions.Length;
        for (int p = 0; p < _partitions.Length; p++) _partitions[p].Tell(new AkkaPartition.Step(_day, _incoming[p]));
    }
}
