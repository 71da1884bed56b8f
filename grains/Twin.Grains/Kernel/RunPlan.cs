using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// How a run's entities are split into partitions: contiguous blocks in canonical order. Computed,
/// not tabulated, so every partition can hold the plan in O(1) memory (a million-entity run has
/// ten thousand partitions; a table of all entities in each would be quadratic).
/// </summary>
public sealed class RunPlan
{
    private readonly int _size;

    public RunPlan(int entities, int entitiesPerPartition)
    {
        Entities = entities;
        _size = Math.Max(1, entitiesPerPartition);
        Count = Math.Max(1, (entities + _size - 1) / _size);
    }

    public RunPlan(EntityDirectory directory, int entitiesPerPartition) : this(directory.Count, entitiesPerPartition) { }

    public int Entities { get; }

    public int Count { get; }

    /// <summary>Partition number of an entity index.</summary>
    public int PartitionOf(int entity) => entity / _size;

    /// <summary>The first entity index of a partition.</summary>
    public int FirstOf(int partition) => partition * _size;

    /// <summary>How many entities a partition steps.</summary>
    public int SizeOf(int partition) => Math.Max(0, Math.Min(Entities, FirstOf(partition) + _size) - FirstOf(partition));

    /// <summary>Entity indexes of a partition, in canonical order.</summary>
    public int[] MembersOf(int partition) => Enumerable.Range(FirstOf(partition), SizeOf(partition)).ToArray();

    public static string PartitionKey(string runId, int partition) => $"{runId}/partition-{partition}";

    public PartitionSetup SetupOf(string runId, RunRequest request, int partition, int restoreDay) => new(runId, request, MembersOf(partition), restoreDay);
}
