using Twin.Contracts.Entities;
using Twin.Grains.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Entities;

/// <summary>
/// The shell every entity grain shares: it builds the entity's model through an
/// <see cref="EntityHost"/>, steps it once per call, and writes checkpoints to grain storage.
/// The host applies the kernel's rules, so the grain only moves data in and out.
/// </summary>
public abstract class EntityGrain(ScenarioCache scenarios, IPersistentState<EntityCheckpoint> checkpoints) : Grain, IEntityGrain
{
    private EntityHost? _host;

    public Task Initialize(EntityInit init)
    {
        var parsed = scenarios.Get(init.Run.ScenarioHash, init.Run.ScenarioJson);
        var descriptor = parsed.Directory[parsed.Directory.IndexOf(init.EntityId)];
        var setup = new EntitySetup(parsed.Scenario, descriptor, parsed.Directory, init.Run.Seed, init.Run.Replication);
        // Always a new host: an activation that outlived a crash elsewhere may be ahead of the checkpoint.
        var host = new EntityHost(setup, init.Run.Days);
        if (init.RestoreDay >= 0)
        {
            var state = checkpoints.State.Get(init.RestoreDay)
                ?? throw new InvalidOperationException($"Entity {init.EntityId} has no checkpoint of day {init.RestoreDay}.");
            host.LoadState(state);
        }
        _host = host;
        return Task.CompletedTask;
    }

    public Task<EntityStepResult> Step(EntityStep step) =>
        Task.FromResult(new EntityStepResult(Host.Step(step.Day, step.Inbox)));

    public async Task Checkpoint(int day)
    {
        if (Host.NextDay != day + 1)
            throw new InvalidOperationException($"Entity {Host.Entity.Id} is at day {Host.NextDay}, not at the end of day {day}.");
        checkpoints.State.Put(day, Host.SaveState());
        await checkpoints.WriteStateAsync();
    }

    public Task<KpiSeries> GetKpis() => Task.FromResult(Host.Kpis);

    public async Task Release()
    {
        if (checkpoints.RecordExists) await checkpoints.ClearStateAsync();
        DeactivateOnIdle();
    }

    protected EntityHost Host =>
        _host ?? throw new InvalidOperationException($"Entity grain {this.GetPrimaryKeyString()} was stepped before it was initialized.");
}
