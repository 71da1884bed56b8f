using Twin.Contracts.Entities;
using Twin.Contracts.Kernel;
using Twin.Grains.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Entities;

/// <summary>
/// The shell every entity grain shares: it builds the entity's model through an
/// <see cref="EntityHost"/>, steps it once per call, and hands out its state for checkpoints.
/// The host applies the kernel's rules, so the grain only moves data in and out. It writes no
/// storage itself: its partition gathers all its members' states into one write.
/// </summary>
public abstract class EntityGrain(ScenarioCache scenarios) : Grain, IEntityGrain
{
    private EntityHost? _host;

    public Task Initialize(EntityInit init)
    {
        var parsed = RunFaults.Wrap(() => scenarios.Get(init.Run.ScenarioHash, init.Run.ScenarioJson));
        _host = PartitionMember.CreateHost(parsed, parsed.Directory.IndexOf(init.EntityId), init.Run, init.State, init.StreamsKey);
        return Task.CompletedTask;
    }

    public ValueTask<EntityStepResult> Step(EntityStep step)
    {
        var host = Host;
        // A day out of turn means this activation is not the one the partition stepped yesterday
        // (a duplicate, or one rebuilt while another went on): the run must go back to its checkpoint.
        if (step.Day != host.NextDay)
            throw new ActivationLostException($"Entity grain {this.GetPrimaryKeyString()} is at day {host.NextDay}, asked to step day {step.Day}.");
        return new(new EntityStepResult(PartitionMember.StepHost(host, step.Day, step.Inbox, step.Observed)));
    }

    public Task<byte[]> Checkpoint(int day) => Task.FromResult(PartitionMember.SaveHost(Host, day));

    public Task<KpiSeries> GetKpis() => Task.FromResult(Host.Kpis);

    public Task<KpiSeries> GetRecent(int days) => Task.FromResult(Host.RecentKpis(days));

    public Task Release()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    /// <summary>The entity's model; a call that finds none reached a new activation, one its run never initialized.</summary>
    protected EntityHost Host =>
        _host ?? throw new ActivationLostException($"Entity grain {this.GetPrimaryKeyString()} was stepped before it was initialized (a new activation: its silo was lost).");
}
