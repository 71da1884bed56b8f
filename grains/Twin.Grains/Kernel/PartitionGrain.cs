using Orleans.Storage;
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
    private PartitionRoutes? _routes;
    private int _nextDay;
    private IEntityGrain[] _members = [];

    public async Task Initialize(PartitionSetup setup)
    {
        _routes = null;
        var directory = RunFaults.Wrap(() => scenarios.Get(setup.Run.ScenarioHash, setup.Run.ScenarioJson)).Directory;
        var routes = new PartitionRoutes(new RunPlan(directory, setup.Run.EntitiesPerPartition), setup.Members, directory.Count);
        // References are resolved once and cached: formatting keys per call is measurably slow.
        _members = setup.Members.Select(m => EntityGrainTypes.Get(GrainFactory, setup.RunId, directory[m].Id, directory[m].Kind)).ToArray();
        byte[][]? states = setup.States;
        if (setup.RestoreDay >= 0 && states is null)
        {
            // Read again rather than trust what this activation loaded: another activation of this
            // partition (a duplicate while the cluster changed) may have written since.
            await checkpoints.ReadStateAsync();
            states = checkpoints.State.Get(setup.RestoreDay);
            if (states is null || states.Length != _members.Length)
                throw new RunFaultException($"Partition {this.GetPrimaryKeyString()} has no checkpoint of day {setup.RestoreDay}.");
        }
        await Task.WhenAll(_members.Select((m, slot) =>
            m.Initialize(new EntityInit(setup.RunId, directory[setup.Members[slot]].Id, setup.Run, states?[slot], setup.StreamsKey))));
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
        var calls = new Task<EntityStepResult>[_members.Length];
        for (int slot = 0; slot < _members.Length; slot++)
            calls[slot] = _members[slot].Step(new EntityStep(step.Day, inboxes[slot], observed?[slot])).AsTask();
        var results = await Task.WhenAll(calls);
        var outgoing = routes.SortOutboxes(results.Select(r => r.Outbox).ToArray());
        _nextDay = step.Day + 1;
        return new PartitionStepResult(outgoing);
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
        return new(await Task.WhenAll(_members.Select(m => m.Checkpoint(day))), routes.Pending);
    }

    public async Task<KpiSeries[]> CollectRecent(int days)
    {
        _ = Routes;
        return await Task.WhenAll(_members.Select(m => m.GetRecent(days)));
    }

    public async Task<KpiSeries[]> CollectKpis()
    {
        _ = Routes;
        return await Task.WhenAll(_members.Select(m => m.GetKpis()));
    }

    public async Task Release(bool deleteCheckpoints)
    {
        _routes = null;
        await Task.WhenAll(_members.Select(m => m.Release()));
        if (deleteCheckpoints)
        {
            await checkpoints.ReadStateAsync();
            if (checkpoints.State is { DayA: >= 0 } or { DayB: >= 0 }) await checkpoints.ClearStateAsync();
        }
        DeactivateOnIdle();
    }

    /// <summary>How messages move; a call that finds none reached an activation the run never initialized.</summary>
    private PartitionRoutes Routes => _routes ?? throw new ActivationLostException(
        $"Partition {this.GetPrimaryKeyString()} was called before it was initialized (a new activation: its silo was lost, or the run released it).");
}
