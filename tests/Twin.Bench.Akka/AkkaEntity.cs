using Akka.Actor;
using Twin.Model.Kernel;

namespace Twin.Bench.Akka;

/// <summary>One light entity as an Akka.NET actor: the project's own <see cref="EntityHost"/>, one message per day.</summary>
public sealed class AkkaEntity : ReceiveActor
{
    public sealed record Step(int Day, Message[] Inbox);

    public sealed record Stepped(int Slot, Message[] Outbox);

    public AkkaEntity(EntityHost host, int slot)
    {
        Receive<Step>(step => Sender.Tell(new Stepped(slot, host.Step(step.Day, step.Inbox))));
    }
}
