using System.Collections.Concurrent;
using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Results;

/// <summary>Keeps results for the life of the silo process, compressed as they would be on disk.</summary>
public sealed class InMemoryRunResultsStore : IRunResultsStore
{
    private readonly ConcurrentDictionary<string, (RunResults Header, byte[] Payload)> _runs = new(StringComparer.Ordinal);

    public Task SaveAsync(RunResults results, CancellationToken cancellation = default)
    {
        _runs.TryAdd(results.RunId, (results with { Series = [] }, KpiSeriesCodec.Encode(results.Series)));
        return Task.CompletedTask;
    }

    public Task<RunResults?> LoadAsync(string runId, CancellationToken cancellation = default) =>
        Task.FromResult(_runs.TryGetValue(runId, out var entry)
            ? entry.Header with { Series = StoredResultsCodec.Decode(runId, entry.Payload) }
            : null);

    public Task DeleteAsync(string runId, CancellationToken cancellation = default)
    {
        _runs.TryRemove(runId, out _);
        return Task.CompletedTask;
    }

    /// <summary>Replaces a run's stored bytes, as a damaged disk would (for tests of unreadable results).</summary>
    internal void Damage(string runId, Func<byte[], byte[]> damage)
    {
        if (_runs.TryGetValue(runId, out var entry))
            _runs[runId] = (entry.Header, damage(entry.Payload));
    }
}
