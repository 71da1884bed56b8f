using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>How a run's entities are split into partitions: contiguous blocks in canonical order.</summary>
public sealed class RunPlan
{
    public RunPlan(EntityDirectory directory, int entitiesPerPartition)
    {
        int size = Math.Max(1, entitiesPerPartition);
        int count = Math.Max(1, (directory.Count + size - 1) / size);
        PartitionOf = new int[directory.Count];
        Members = new int[count][];
        for (int p = 0; p < count; p++)
        {
            int from = p * size, until = Math.Min(directory.Count, from + size);
            Members[p] = Enumerable.Range(from, Math.Max(0, until - from)).ToArray();
            foreach (var e in Members[p]) PartitionOf[e] = p;
        }
    }

    /// <summary>Partition number of each entity index.</summary>
    public int[] PartitionOf { get; }

    /// <summary>Entity indexes of each partition.</summary>
    public int[][] Members { get; }

    public int Count => Members.Length;

    public static string PartitionKey(string runId, int partition) => $"{runId}/partition-{partition}";

    public PartitionSetup SetupOf(string runId, RunRequest request, int partition, int restoreDay) => new(runId, request, Members[partition], restoreDay);
}
