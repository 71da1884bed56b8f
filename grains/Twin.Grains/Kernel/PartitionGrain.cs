using Twin.Contracts.Entities;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;
using Twin.Storage;

namespace Twin.Grains.Kernel;

/// <summary>
/// Steps a block of entities each tick: calls them all at once with their inboxes, keeps the
/// messages among its own members for tomorrow, and sorts the rest into one batch per receiving
/// partition, so the run grain only forwards batches and no single activation handles every message.
/// </summary>
public sealed class PartitionGrain(
    ScenarioCache scenarios,
    [PersistentState("partition", TwinStorage.ProviderName)] IPersistentState<PartitionCheckpoint> checkpoints) : Grain, IPartitionGrain
{
    private int _self;
    private RunPlan _plan = null!;
    private IEntityGrain[] _members = [];
    private int[] _slotOf = [];
    private Message[] _pending = [];

    public async Task Initialize(PartitionSetup setup)
    {
        var parsed = scenarios.Get(setup.Run.ScenarioHash, setup.Run.ScenarioJson);
        var directory = parsed.Directory;
        _plan = new RunPlan(directory, setup.Run.EntitiesPerPartition);
        _self = _plan.PartitionOf[setup.Members[0]];
        _slotOf = new int[directory.Count];
        Array.Fill(_slotOf, -1);
        _members = new IEntityGrain[setup.Members.Length];
        for (int slot = 0; slot < setup.Members.Length; slot++)
        {
            var entity = directory[setup.Members[slot]];
            _slotOf[setup.Members[slot]] = slot;
            // References are resolved once and cached: formatting keys per call is measurably slow.
            _members[slot] = EntityGrainTypes.Get(GrainFactory, setup.RunId, entity.Id, entity.Kind);
        }
        _pending = [];
        byte[][]? states = setup.States;
        if (setup.RestoreDay >= 0 && states is null)
        {
            states = checkpoints.State.Get(setup.RestoreDay);
            if (states is null || states.Length != _members.Length)
                throw new InvalidOperationException($"Partition {this.GetPrimaryKeyString()} has no checkpoint of day {setup.RestoreDay}.");
        }
        await Task.WhenAll(_members.Select((m, slot) =>
            m.Initialize(new EntityInit(setup.RunId, directory[setup.Members[slot]].Id, setup.Run, states?[slot]))));
    }

    public async Task<PartitionStepResult> Step(PartitionStep step)
    {
        var inboxes = BuildInboxes(step.Incoming);
        var observed = ObservationsBySlot(step.Observed);
        var calls = new Task<EntityStepResult>[_members.Length];
        for (int slot = 0; slot < _members.Length; slot++)
            calls[slot] = _members[slot].Step(new EntityStep(step.Day, inboxes[slot], observed?[slot])).AsTask();
        await Task.WhenAll(calls);
        return new PartitionStepResult(SortOutboxes(calls));
    }

    public async Task<Message[]> Checkpoint(int day)
    {
        var snapshot = await Snapshot(day);
        checkpoints.State.Put(day, snapshot.States);
        await checkpoints.WriteStateAsync();
        return snapshot.Pending;
    }

    public async Task<PartitionSnapshot> Snapshot(int day) =>
        new(await Task.WhenAll(_members.Select(m => m.Checkpoint(day))), _pending);

    public async Task<KpiSeries[]> CollectRecent(int days) => await Task.WhenAll(_members.Select(m => m.GetRecent(days)));

    public async Task<KpiSeries[]> CollectKpis() => await Task.WhenAll(_members.Select(m => m.GetKpis()));

    public async Task Release()
    {
        await Task.WhenAll(_members.Select(m => m.Release()));
        if (checkpoints.RecordExists) await checkpoints.ClearStateAsync();
        DeactivateOnIdle();
    }

    /// <summary>Gives each member exactly its messages: yesterday's local ones and the batches from other partitions.</summary>
    private Message[][] BuildInboxes(Message[][] incoming)
    {
        var counts = new int[_members.Length];
        foreach (var message in _pending) counts[SlotOf(message.To)]++;
        foreach (var batch in incoming)
            foreach (var message in batch) counts[SlotOf(message.To)]++;

        var inboxes = new Message[_members.Length][];
        for (int slot = 0; slot < inboxes.Length; slot++)
            inboxes[slot] = counts[slot] == 0 ? [] : new Message[counts[slot]];
        Array.Clear(counts);
        foreach (var message in _pending) Place(message);
        foreach (var batch in incoming)
            foreach (var message in batch) Place(message);
        return inboxes;

        void Place(in Message message)
        {
            int slot = _slotOf[message.To];
            inboxes[slot][counts[slot]++] = message;
        }
    }

    /// <summary>
    /// Keeps messages among members for tomorrow; sorts the rest by receiving partition. Counted
    /// first, so each batch is allocated once at its size (thousands of messages a tick).
    /// </summary>
    private Message[][] SortOutboxes(Task<EntityStepResult>[] calls)
    {
        var counts = new int[_plan.Count];
        foreach (var call in calls)
        {
            foreach (var message in call.Result.Outbox)
            {
                if ((uint)message.To >= (uint)_slotOf.Length)
                    throw new InvalidOperationException($"Entity {message.From} sent a message to unknown entity {message.To}.");
                counts[_plan.PartitionOf[message.To]]++;
            }
        }
        var batches = new Message[_plan.Count][];
        for (int p = 0; p < batches.Length; p++) batches[p] = counts[p] == 0 ? [] : new Message[counts[p]];
        Array.Clear(counts);
        foreach (var call in calls)
        {
            foreach (var message in call.Result.Outbox)
            {
                int p = _plan.PartitionOf[message.To];
                batches[p][counts[p]++] = message;
            }
        }
        _pending = batches[_self];
        batches[_self] = [];
        return batches;
    }

    private ObservedValue[]?[]? ObservationsBySlot(EntityObservation[]? observed)
    {
        if (observed is null || observed.Length == 0) return null;
        var bySlot = new ObservedValue[]?[_members.Length];
        foreach (var group in observed.GroupBy(o => SlotOf(o.Entity)))
            bySlot[group.Key] = group.Select(o => o.Value).ToArray();
        return bySlot;
    }

    private int SlotOf(int entity) =>
        (uint)entity < (uint)_slotOf.Length && _slotOf[entity] is var slot and >= 0
            ? slot
            : throw new InvalidOperationException($"Entity {entity} is not in this partition.");
}
