namespace Twin.Grains.Results;

/// <summary>A run's stored results are damaged: they cannot be decoded. The message names the run.</summary>
public sealed class StoredResultsUnreadableException(string runId, string reason)
    : Exception($"The stored results of run {runId} cannot be read ({reason}).")
{
    public string RunId { get; } = runId;
}
