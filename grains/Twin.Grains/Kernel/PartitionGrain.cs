using Orleans.Storage;
using Twin.Contracts.Entities;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;
using Twin.Model.Synthetic;
using Twin.Storage;

namespace Twin.Grains.Kernel;

/// <summary>
/// Steps a block of entities each tick: light entities it hosts as data and steps in a loop, the
/// zone's heavy actors it calls as grains, all with their inboxes at once. It keeps the messages
/// among its own members for tomorrow and sorts the rest into one batch per receiving partition,
/// so the run grain only forwards batches and no single activation handles every message.
/// </summary>
public sealed class PartitionGrain(
    ScenarioCache scenarios,
    [PersistentState("partition", TwinStorage.ProviderName)] IPersistentState<PartitionCheckpoint> checkpoints) : Grain, IPartitionGrain
{
    private PartitionRoutes? _routes;
    private int _nextDay;
    private PartitionMember[] _members = [];

    public async Task Initialize(PartitionSetup setup)
    {
        _routes = null;
        var parsed = RunFaults.Wrap(() => scenarios.Get(setup.Run.ScenarioHash, setup.Run.ScenarioJson));
        var directory = parsed.Directory;
        var routes = new PartitionRoutes(new RunPlan(directory.Count, setup.Run.EntitiesPerPartition), setup.Members);
        byte[][]? states = setup.States;
        if (setup.RestoreDay >= 0 && states is null)
        {
            // Read again rather than trust what this activation loaded: another activation of this
            // partition (a duplicate while the cluster changed) may have written since.
            await checkpoints.ReadStateAsync();
            states = checkpoints.State.Get(setup.RestoreDay);
            if (states is null || states.Length != setup.Members.Length)
                throw new RunFaultException($"Partition {this.GetPrimaryKeyString()} has no checkpoint of day {setup.RestoreDay}.");
        }
        var members = new PartitionMember[setup.Members.Length];
        var initializing = new List<Task>();
        for (int slot = 0; slot < members.Length; slot++)
        {
            var entity = directory[setup.Members[slot]];
            if (entity.Kind == SyntheticKind.Name && !setup.Run.LightEntitiesAsGrains)
            {
                members[slot] = new HostedMember(PartitionMember.CreateHost(parsed, setup.Members[slot], setup.Run, states?[slot], setup.StreamsKey));
                continue;
            }
            // References are resolved once and cached: formatting keys per call is measurably slow.
            var grain = new GrainMember(EntityGrainTypes.Get(GrainFactory, setup.RunId, entity.Id, entity.Kind));
            initializing.Add(grain.Initialize(new EntityInit(setup.RunId, entity.Id, setup.Run, states?[slot], setup.StreamsKey)));
            members[slot] = grain;
        }
        await Task.WhenAll(initializing);
        _members = members;
        _nextDay = setup.RestoreDay + 1;
        _routes = routes;
    }

    public async Task<PartitionStepResult> Step(PartitionStep step)
    {
        var routes = Routes;
        if (step.Day != _nextDay)
            throw new ActivationLostException($"Partition {this.GetPrimaryKeyString()} is at day {_nextDay}, asked to step day {step.Day}.");
        var inboxes = routes.BuildInboxes(step.Incoming);
        var observed = routes.ObservationsBySlot(step.Observed);
        // Grain members' calls are all in flight while hosted members step here, one after another.
        var outboxes = await Gather(_members.Select((m, slot) => m.Step(step.Day, inboxes[slot], observed?[slot])));
        var result = routes.SortOutboxes(outboxes);
        _nextDay = step.Day + 1;
        return result;
    }

    public async Task<Message[]> Checkpoint(int day, int keepDay)
    {
        var snapshot = await Snapshot(day);
        checkpoints.State.Put(day, snapshot.States, keepDay);
        try
        {
            await checkpoints.WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another activation of this partition wrote since this one read (a duplicate while the
            // cluster changed): take its slots, keep the run's last complete checkpoint, write again.
            await checkpoints.ReadStateAsync();
            checkpoints.State.Put(day, snapshot.States, keepDay);
            await checkpoints.WriteStateAsync();
        }
        return snapshot.Pending;
    }

    public async Task<PartitionSnapshot> Snapshot(int day)
    {
        var routes = Routes;
        return new(await Gather(_members.Select(m => m.Checkpoint(day))), routes.Pending);
    }

    public async Task<KpiSeries[]> CollectRecent(int days)
    {
        _ = Routes;
        return await Gather(_members.Select(m => m.Recent(days)));
    }

    public async Task<KpiSeries> CollectOne(int entity) => await _members[Routes.SlotOf(entity)].Kpis();

    public async Task<KpiSeries[]> CollectKpis()
    {
        _ = Routes;
        return await Gather(_members.Select(m => m.Kpis()));
    }

    public async Task Release(bool deleteCheckpoints)
    {
        _routes = null;
        await Task.WhenAll(_members.Select(m => m.Release()));
        _members = [];
        if (deleteCheckpoints)
        {
            await checkpoints.ReadStateAsync();
            if (checkpoints.State is { DayA: >= 0 } or { DayB: >= 0 }) await checkpoints.ClearStateAsync();
        }
        DeactivateOnIdle();
    }

    /// <summary>
    /// Starts every member's piece of work, then collects the results in slot order. Hosted members
    /// finish at once; only grain members' calls are awaited, all in flight together.
    /// </summary>
    private static async Task<T[]> Gather<T>(IEnumerable<ValueTask<T>> work)
    {
        var started = work.ToArray();
        var results = new T[started.Length];
        for (int slot = 0; slot < started.Length; slot++)
            results[slot] = started[slot].IsCompletedSuccessfully ? started[slot].Result : await started[slot];
        return results;
    }

    /// <summary>How messages move; a call that finds none reached an activation the run never initialized.</summary>
    private PartitionRoutes Routes => _routes ?? throw new ActivationLostException(
        $"Partition {this.GetPrimaryKeyString()} was called before it was initialized (a new activation: its silo was lost, or the run released it).");
}
