using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// The run's share of a day's routing: each partition's batches go unopened to their receiving
/// partitions for the next day, in sending-partition order (receivers sort inboxes canonically).
/// O(batches + partitions), since partition results are sparse.
/// </summary>
public static class BatchForwarding
{
    /// <summary>Next day's incoming batches of each partition, from <paramref name="results"/> in partition order.</summary>
    public static Message[][][] Forward(IReadOnlyList<PartitionStepResult> results, int partitions)
    {
        var next = new List<Message[]>?[partitions];
        foreach (var result in results)
            for (int i = 0; i < result.Targets.Length; i++)
                (next[result.Targets[i]] ??= []).Add(result.Batches[i]);
        return next.Select(batches => batches is null ? [] : batches.ToArray()).ToArray();
    }
}
