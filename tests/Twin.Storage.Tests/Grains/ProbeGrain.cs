namespace Twin.Storage.Tests.Grains;

public sealed class ProbeGrain([PersistentState(ProbeGrain.StateName, TwinStorage.ProviderName)] IPersistentState<ProbeState> state)
    : Grain, IProbeGrain
{
    // The ADO.NET provider keys state by state name and grain key only, not by grain class.
    public const string StateName = "probe";

    public Task Save(ProbeState value)
    {
        state.State = value;
        return state.WriteStateAsync();
    }

    public Task<ProbeState> Load() => Task.FromResult(state.State);

    public Task Clear() => state.ClearStateAsync();

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
