namespace Twin.Client.Runs;

/// <summary>A run ended in failure; the message says which run and why.</summary>
public sealed class RunFailedException(string runId, string reason)
    : Exception($"Run {runId} failed: {reason}")
{
    public string RunId { get; } = runId;
}
