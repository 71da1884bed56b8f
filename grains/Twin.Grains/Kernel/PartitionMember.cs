using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// One entity a partition steps: either hosted in the partition as data (light entities, stepped
/// in a loop as towns step firms) or a grain of its own (the zone's heavy actors). Both step the
/// entity through an <see cref="EntityHost"/>, so results do not depend on where it lives.
/// </summary>
internal abstract class PartitionMember
{
    /// <summary>Steps one day; a hosted member finishes synchronously.</summary>
    public abstract ValueTask<Message[]> Step(int day, Message[] inbox, ObservedValue[]? observed);

    public abstract ValueTask<byte[]> Checkpoint(int day);

    public abstract ValueTask<KpiSeries> Kpis();

    public abstract ValueTask<KpiSeries> Recent(int days);

    public abstract Task Release();

    /// <summary>Builds an entity's host for a run, fresh or from a checkpointed state.</summary>
    public static EntityHost CreateHost(ParsedScenario parsed, int entity, RunRequest run, byte[]? state, string? streamsKey = null)
    {
        var setup = new EntitySetup(parsed.Scenario, parsed.Directory[entity], parsed.Directory, run.Seed, run.Replication);
        // Always a new host: an activation that outlived a crash elsewhere may be ahead of the checkpoint.
        var host = new EntityHost(setup, run.Days);
        if (state is not null)
            RunFaults.Wrap(() => host.LoadState(state, streamsKey), $"Entity {setup.Entity.Id} cannot read its checkpoint");
        return host;
    }

    /// <summary>Steps a host with the kernel's checks; what the model throws fails the run.</summary>
    public static Message[] StepHost(EntityHost host, int day, Message[] inbox, ObservedValue[]? observed) =>
        RunFaults.Wrap(() => host.Step(day, inbox, observed), $"Entity {host.Entity.Id} failed on day {day}");

    /// <summary>A host's state at the end of <paramref name="day"/>; a host elsewhere in time is a lost activation's.</summary>
    public static byte[] SaveHost(EntityHost host, int day) =>
        host.NextDay == day + 1
            ? host.SaveState()
            : throw new ActivationLostException($"Entity {host.Entity.Id} is at day {host.NextDay}, not at the end of day {day}.");
}
