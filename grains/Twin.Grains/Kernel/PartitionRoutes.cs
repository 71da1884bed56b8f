using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// Where a partition's messages go: its members' inboxes from yesterday's local messages and the
/// batches of other partitions, and its members' outboxes sorted by receiving partition. Counted
/// first, so each array is allocated once at its size (thousands of messages a tick).
/// </summary>
internal sealed class PartitionRoutes
{
    private readonly RunPlan _plan;
    private readonly int _self;
    private readonly int[] _slotOf;
    private readonly int _members;

    public PartitionRoutes(RunPlan plan, int[] members, int entities)
    {
        _plan = plan;
        _self = plan.PartitionOf[members[0]];
        _members = members.Length;
        _slotOf = new int[entities];
        Array.Fill(_slotOf, -1);
        for (int slot = 0; slot < members.Length; slot++) _slotOf[members[slot]] = slot;
    }

    /// <summary>Messages among members sent yesterday, for today's inboxes.</summary>
    public Message[] Pending { get; private set; } = [];

    /// <summary>Gives each member exactly its messages: yesterday's local ones and the batches from other partitions.</summary>
    public Message[][] BuildInboxes(Message[][] incoming)
    {
        var counts = new int[_members];
        foreach (var message in Pending) counts[SlotOf(message.To)]++;
        foreach (var batch in incoming)
            foreach (var message in batch) counts[SlotOf(message.To)]++;

        var inboxes = new Message[_members][];
        for (int slot = 0; slot < inboxes.Length; slot++)
            inboxes[slot] = counts[slot] == 0 ? [] : new Message[counts[slot]];
        Array.Clear(counts);
        foreach (var message in Pending) Place(message);
        foreach (var batch in incoming)
            foreach (var message in batch) Place(message);
        return inboxes;

        void Place(in Message message)
        {
            int slot = _slotOf[message.To];
            inboxes[slot][counts[slot]++] = message;
        }
    }

    /// <summary>Keeps messages among members for tomorrow; sorts the rest by receiving partition.</summary>
    public Message[][] SortOutboxes(IReadOnlyList<Message[]> outboxes)
    {
        var counts = new int[_plan.Count];
        foreach (var outbox in outboxes)
        {
            foreach (var message in outbox)
            {
                if ((uint)message.To >= (uint)_slotOf.Length)
                    throw new RunFaultException($"Entity {message.From} sent a message to unknown entity {message.To}.");
                counts[_plan.PartitionOf[message.To]]++;
            }
        }
        var batches = new Message[_plan.Count][];
        for (int p = 0; p < batches.Length; p++) batches[p] = counts[p] == 0 ? [] : new Message[counts[p]];
        Array.Clear(counts);
        foreach (var outbox in outboxes)
        {
            foreach (var message in outbox)
            {
                int p = _plan.PartitionOf[message.To];
                batches[p][counts[p]++] = message;
            }
        }
        Pending = batches[_self];
        batches[_self] = [];
        return batches;
    }

    public ObservedValue[]?[]? ObservationsBySlot(EntityObservation[]? observed)
    {
        if (observed is null || observed.Length == 0) return null;
        var bySlot = new ObservedValue[]?[_members];
        foreach (var group in observed.GroupBy(o => SlotOf(o.Entity)))
            bySlot[group.Key] = group.Select(o => o.Value).ToArray();
        return bySlot;
    }

    private int SlotOf(int entity) =>
        (uint)entity < (uint)_slotOf.Length && _slotOf[entity] is var slot and >= 0
            ? slot
            : throw new RunFaultException($"Entity {entity} is not in this partition.");
}
