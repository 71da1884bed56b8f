using Twin.Contracts.Entities;
using Twin.Grains.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Entities;

/// <summary>
/// The shell every entity grain shares: it builds the entity's model through an
/// <see cref="EntityHost"/> and steps it once per call. The host applies the kernel's rules, so
/// the grain only moves data in and out.
/// </summary>
public abstract class EntityGrain(ScenarioCache scenarios) : Grain, IEntityGrain
{
    private EntityHost? _host;

    public Task Initialize(EntityInit init)
    {
        if (_host is not null) return Task.CompletedTask;
        var parsed = scenarios.Get(init.Run.ScenarioHash, init.Run.ScenarioJson);
        var descriptor = parsed.Directory[parsed.Directory.IndexOf(init.EntityId)];
        var setup = new EntitySetup(parsed.Scenario, descriptor, parsed.Directory, init.Run.Seed, init.Run.Replication);
        _host = new EntityHost(setup, init.Run.Days);
        return Task.CompletedTask;
    }

    public Task<EntityStepResult> Step(EntityStep step) =>
        Task.FromResult(new EntityStepResult(Host.Step(step.Day, step.Inbox)));

    public Task<KpiSeries> GetKpis() => Task.FromResult(Host.Kpis);

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    protected EntityHost Host =>
        _host ?? throw new InvalidOperationException($"Entity grain {this.GetPrimaryKeyString()} was stepped before it was initialized.");
}
