using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// A light entity kept as data inside its partition: no activation, no call per day. Its state
/// is checkpointed with the partition's, so the partition is its unit of placement and recovery.
/// </summary>
internal sealed class HostedMember(EntityHost host) : PartitionMember
{
    public override ValueTask<Message[]> Step(int day, Message[] inbox, ObservedValue[]? observed) =>
        new(StepHost(host, day, inbox, observed));

    public override ValueTask<byte[]> Checkpoint(int day) => new(SaveHost(host, day));

    public override ValueTask<KpiSeries> Kpis() => new(host.Kpis);

    public override ValueTask<KpiSeries> Recent(int days) => new(host.RecentKpis(days));

    public override Task Release() => Task.CompletedTask;
}
