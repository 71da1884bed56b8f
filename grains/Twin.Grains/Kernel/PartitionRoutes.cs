using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// Where a partition's messages go: its members' inboxes from yesterday's local messages and the
/// batches of other partitions, and its members' outboxes sorted by receiving partition. Members
/// are a contiguous block, so a member's slot is its index less the first one's; the partition
/// holds nothing sized to the whole run. Each tick costs O(messages), whatever the partition count.
/// </summary>
internal sealed class PartitionRoutes
{
    private readonly RunPlan _plan;
    private readonly int _self;
    private readonly int _first;
    private readonly int _members;

    public PartitionRoutes(RunPlan plan, int[] members)
    {
        _plan = plan;
        _members = members.Length;
        _first = members.Length == 0 ? 0 : members[0];
        _self = plan.PartitionOf(_first);
        if (members.Length != plan.SizeOf(_self) || _first != plan.FirstOf(_self))
            throw new RunFaultException($"Partition {_self} was given members that are not its block of the run.");
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
            int slot = message.To - _first;
            inboxes[slot][counts[slot]++] = message;
        }
    }

    /// <summary>
    /// Keeps messages among members for tomorrow; returns the rest as one batch per receiving
    /// partition that gets any (sparse: a partition's result does not grow with the partition count).
    /// Within a batch, messages keep the order they were sent in.
    /// </summary>
    public PartitionStepResult SortOutboxes(IReadOnlyList<Message[]> outboxes)
    {
        int total = 0;
        foreach (var outbox in outboxes) total += outbox.Length;
        // Key = receiving partition, then position: one sort groups the batches and keeps each stable.
        var keys = new long[total];
        var sent = new Message[total];
        int n = 0;
        foreach (var outbox in outboxes)
        {
            foreach (var message in outbox)
            {
                if ((uint)message.To >= (uint)_plan.Entities)
                    throw new RunFaultException($"Entity {message.From} sent a message to unknown entity {message.To}.");
                keys[n] = ((long)_plan.PartitionOf(message.To) << 32) | (uint)n;
                sent[n++] = message;
            }
        }
        Array.Sort(keys);
        var targets = new List<int>();
        var batches = new List<Message[]>();
        Pending = [];
        for (int start = 0; start < total;)
        {
            int p = (int)(keys[start] >> 32), end = start;
            while (end < total && (int)(keys[end] >> 32) == p) end++;
            var batch = new Message[end - start];
            for (int i = start; i < end; i++) batch[i - start] = sent[(int)(uint)keys[i]];
            if (p == _self) Pending = batch;
            else
            {
                targets.Add(p);
                batches.Add(batch);
            }
            start = end;
        }
        return new PartitionStepResult(targets.ToArray(), batches.ToArray());
    }

    public ObservedValue[]?[]? ObservationsBySlot(EntityObservation[]? observed)
    {
        if (observed is null || observed.Length == 0) return null;
        var bySlot = new ObservedValue[]?[_members];
        foreach (var group in observed.GroupBy(o => SlotOf(o.Entity)))
            bySlot[group.Key] = group.Select(o => o.Value).ToArray();
        return bySlot;
    }

    /// <summary>A member's slot; an entity of another partition is a fault of the run.</summary>
    public int SlotOf(int entity) =>
        entity - _first is var slot && (uint)slot < (uint)_members
            ? slot
            : throw new RunFaultException($"Entity {entity} is not in this partition.");
}
