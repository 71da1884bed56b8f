using Twin.Contracts.Kernel;
using Twin.Storage;

namespace Twin.Grains.Kernel;

/// <summary>Keeps one restore point of a run durable (see <see cref="IRestorePointGrain"/>).</summary>
public sealed class RestorePointGrain([PersistentState("restore", TwinStorage.ProviderName)] IPersistentState<RestorePointRecord> stored)
    : Grain, IRestorePointGrain
{
    public async Task Save(ForkPoint point)
    {
        stored.State.Point = point;
        await stored.WriteStateAsync();
    }

    public Task<ForkPoint?> Get() => Task.FromResult(stored.State.Point);

    public async Task Remove()
    {
        if (stored.RecordExists) await stored.ClearStateAsync();
        DeactivateOnIdle();
    }
}

[GenerateSerializer, Alias("twin.restore-point")]
public sealed class RestorePointRecord
{
    [Id(0)] public ForkPoint? Point { get; set; }
}
