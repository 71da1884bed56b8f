using Akka.Actor;
using Twin.Contracts.Kernel;
using Twin.Grains.Kernel;
using Twin.Model.Kernel;

namespace Twin.Bench.Akka;

/// <summary>
/// A partition as an Akka.NET actor: steps its entity actors with their inboxes, waits for every
/// outbox (the partition's barrier) and sorts them with the kernel's own <see cref="PartitionRoutes"/>.
/// </summary>
internal sealed class AkkaPartition : ReceiveActor
{
    public sealed record Step(int Day, Message[][] Incoming);

    public sealed record Stepped(int Partition, PartitionStepResult Result);

    private readonly Message[][] _outboxes;
    private int _waiting;
    private IActorRef _run = ActorRefs.Nobody;

    public AkkaPartition(int partition, IActorRef[] members, PartitionRoutes routes)
    {
        _outboxes = new Message[members.Length][];
        Receive<Step>(step =>
        {
            _run = Sender;
            _waiting = members.Length;
            var inboxes = routes.BuildInboxes(step.Incoming);
            for (int slot = 0; slot < members.Length; slot++) members[slot].Tell(new AkkaEntity.Step(step.Day, inboxes[slot]));
        });
        Receive<AkkaEntity.Stepped>(done =>
        {
            _outboxes[done.Slot] = done.Outbox;
            if (--_waiting == 0) _run.Tell(new Stepped(partition, routes.SortOutboxes(_outboxes)));
        });
    }
}
