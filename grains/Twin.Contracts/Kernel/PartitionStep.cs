using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>One tick for a partition: the day and the messages other partitions sent its members yesterday.</summary>
[GenerateSerializer, Immutable]
public sealed record PartitionStep([property: Id(0)] int Day, [property: Id(1)] Message[] Incoming);

/// <summary>What a partition's members sent to entities of other partitions during the tick.</summary>
[GenerateSerializer, Immutable]
public sealed record PartitionStepResult([property: Id(0)] Message[] Outgoing);
