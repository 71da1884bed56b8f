using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>
/// One tick for a partition: the day, and the messages other partitions' members sent its members
/// yesterday, as one batch per sending partition (the run forwards batches without opening them).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartitionStep([property: Id(0)] int Day, [property: Id(1)] Message[][] Incoming, [property: Id(2)] EntityObservation[]? Observed = null);

/// <summary>
/// What a partition's members sent to other partitions during the tick, already sorted into one
/// batch per receiving partition (index = partition number; empty for itself and for partitions
/// it sent nothing to).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartitionStepResult([property: Id(0)] Message[][] OutgoingByPartition);
