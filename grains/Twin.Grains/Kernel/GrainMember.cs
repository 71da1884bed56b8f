using Twin.Contracts.Entities;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>An entity that is a grain of its own (a town, a route, a market...): one call per day.</summary>
internal sealed class GrainMember(IEntityGrain grain) : PartitionMember
{
    public Task Initialize(EntityInit init) => grain.Initialize(init);

    public override async ValueTask<Message[]> Step(int day, Message[] inbox, ObservedValue[]? observed) =>
        (await grain.Step(new EntityStep(day, inbox, observed))).Outbox;

    public override ValueTask<byte[]> Checkpoint(int day) => new(grain.Checkpoint(day));

    public override ValueTask<KpiSeries> Kpis() => new(grain.GetKpis());

    public override ValueTask<KpiSeries> Recent(int days) => new(grain.GetRecent(days));

    public override Task Release() => grain.Release();
}
