using Twin.Contracts.Entities;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// Steps a block of entities each tick: calls them all at once with their inboxes, keeps the
/// messages among its own members for tomorrow, and returns the rest to the run in one batch.
/// </summary>
public sealed class PartitionGrain(ScenarioCache scenarios) : Grain, IPartitionGrain
{
    private IEntityGrain[] _members = [];
    private int[] _slotOf = [];
    private List<Message>?[] _pending = [];

    public async Task Initialize(PartitionSetup setup)
    {
        var parsed = scenarios.Get(setup.Run.ScenarioHash, setup.Run.ScenarioJson);
        var directory = parsed.Directory;
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
        _pending = new List<Message>?[_members.Length];
        var init = _members.Select((m, slot) => m.Initialize(new EntityInit(setup.RunId, directory[setup.Members[slot]].Id, setup.Run)));
        await Task.WhenAll(init);
    }

    public async Task<PartitionStepResult> Step(PartitionStep step)
    {
        var inboxes = _pending;
        foreach (var message in step.Incoming)
            (inboxes[SlotOf(message.To)] ??= []).Add(message);

        var calls = new Task<EntityStepResult>[_members.Length];
        for (int slot = 0; slot < _members.Length; slot++)
            calls[slot] = _members[slot].Step(new EntityStep(step.Day, inboxes[slot]?.ToArray() ?? []));
        await Task.WhenAll(calls);

        var next = new List<Message>?[_members.Length];
        var outgoing = new List<Message>();
        foreach (var call in calls)
        {
            foreach (var message in call.Result.Outbox)
            {
                if ((uint)message.To >= (uint)_slotOf.Length)
                    throw new InvalidOperationException($"Entity {message.From} sent a message to unknown entity {message.To}.");
                int slot = _slotOf[message.To];
                if (slot >= 0) (next[slot] ??= []).Add(message);
                else outgoing.Add(message);
            }
        }
        _pending = next;
        return new PartitionStepResult(outgoing.ToArray());
    }

    public async Task<KpiSeries[]> CollectKpis() => await Task.WhenAll(_members.Select(m => m.GetKpis()));

    public async Task Release()
    {
        await Task.WhenAll(_members.Select(m => m.Release()));
        DeactivateOnIdle();
    }

    private int SlotOf(int entity) =>
        _slotOf[entity] is var slot and >= 0 ? slot : throw new InvalidOperationException($"Entity {entity} is not in this partition.");
}
