using Orleans.Storage;

namespace Twin.Storage.Resilience;

/// <summary>
/// Grain storage that waits out a database outage (see <see cref="OutagePolicy"/>) instead of
/// failing the grain's call at once. A write whose answer was lost (the connection died after the
/// database committed it) must not be sent again blindly: its version has moved on, so a second
/// try would be refused as a conflict. Before retrying, the stored state is read back: unchanged
/// means the write never happened, our own state means it did, anything else is a real conflict.
/// </summary>
public sealed class OutageTolerantGrainStorage(IGrainStorage inner, IGrainStorageSerializer serializer, OutagePolicy policy)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        policy.RunAsync(() => inner.ReadStateAsync(stateName, grainId, grainState), $"reading the {stateName} state of {grainId}");

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var sentETag = grainState.ETag;
        var lostAnswer = false;
        await policy.RunAsync(async () =>
        {
            if (lostAnswer)
            {
                var stored = await ReadBack(stateName, grainId, grainState);
                if (stored.ETag != sentETag)
                {
                    if (!SameState(stored.State, grainState.State))
                        throw new InconsistentStateException($"The {stateName} state of {grainId} was written by another activation while the database was away.", stored.ETag, sentETag);
                    (grainState.ETag, grainState.RecordExists) = (stored.ETag, true);
                    return true;
                }
            }
            try
            {
                await inner.WriteStateAsync(stateName, grainId, grainState);
                return true;
            }
            catch (Exception e) when (TransientDatabaseErrors.Explain(e))
            {
                lostAnswer = true;
                throw;
            }
        }, $"writing the {stateName} state of {grainId}");
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var sentETag = grainState.ETag;
        var lostAnswer = false;
        await policy.RunAsync(async () =>
        {
            if (lostAnswer)
            {
                var stored = await ReadBack(stateName, grainId, grainState);
                if (stored.ETag != sentETag)
                {
                    // Cleared by this call after all (or by another writer, which a later write will meet).
                    (grainState.ETag, grainState.RecordExists, grainState.State) = (stored.ETag, false, stored.State);
                    return true;
                }
            }
            try
            {
                await inner.ClearStateAsync(stateName, grainId, grainState);
                return true;
            }
            catch (Exception e) when (TransientDatabaseErrors.Explain(e))
            {
                lostAnswer = true;
                throw;
            }
        }, $"clearing the {stateName} state of {grainId}");
    }

    public void Participate(ISiloLifecycle lifecycle)
    {
        // The ADO.NET provider loads its statements at start: it must still take part in the silo's lifecycle.
        if (inner is ILifecycleParticipant<ISiloLifecycle> participant)
            participant.Participate(lifecycle);
    }

    private async Task<GrainState<T>> ReadBack<T>(string stateName, GrainId grainId, IGrainState<T> current)
    {
        var stored = new GrainState<T>(current.State);
        await inner.ReadStateAsync(stateName, grainId, stored);
        return stored;
    }

    /// <summary>Two states are the same write if they serialize to the same bytes (the format is deterministic).</summary>
    private bool SameState<T>(T stored, T ours) =>
        serializer.Serialize(stored).ToMemory().Span.SequenceEqual(serializer.Serialize(ours).ToMemory().Span);
}
