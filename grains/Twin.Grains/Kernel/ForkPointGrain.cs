using Twin.Contracts.Kernel;
using Twin.Storage;

namespace Twin.Grains.Kernel;

/// <summary>Keeps a fork point durable, so fork runs can (re)start from it even after a silo is lost.</summary>
public sealed class ForkPointGrain([PersistentState("fork", TwinStorage.ProviderName)] IPersistentState<ForkPointRecord> stored)
    : Grain, IForkPointGrain
{
    public async Task Save(ForkPoint point)
    {
        stored.State.Point = point;
        await stored.WriteStateAsync();
    }

    public Task<ForkPoint> Get() =>
        stored.State.Point is { } point
            ? Task.FromResult(point)
            : throw new KeyNotFoundException($"There is no fork point '{this.GetPrimaryKeyString()}'.");
}

[GenerateSerializer, Alias("twin.fork-point")]
public sealed class ForkPointRecord
{
    [Id(0)] public ForkPoint? Point { get; set; }
}
