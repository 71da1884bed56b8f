using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>
/// One tick for a partition: the day, and the messages other partitions' members sent its members
/// yesterday, as one batch per sending partition (the run forwards batches without opening them).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartitionStep([property: Id(0)] int Day, [property: Id(1)] Message[][] Incoming, [property: Id(2)] EntityObservation[]? Observed = null);

/// <summary>
/// What a partition's members sent to other partitions during the tick: one batch for each
/// receiving partition that gets any (<see cref="Targets"/>[i] receives <see cref="Batches"/>[i],
/// in increasing partition order). Sparse, so a result does not grow with the run's partition count.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartitionStepResult([property: Id(0)] int[] Targets, [property: Id(1)] Message[][] Batches);
