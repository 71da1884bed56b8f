using Twin.Model.Kernel;

namespace Twin.Contracts.Entities;

/// <summary>One day for one entity: its inbox (delivered on this call, in any order) and any observations due.</summary>
[GenerateSerializer, Immutable]
public sealed record EntityStep([property: Id(0)] int Day, [property: Id(1)] Message[] Inbox, [property: Id(2)] ObservedValue[]? Observed = null);

/// <summary>The entity's outbox for the day; the messages reach their receivers' inboxes for the next day.</summary>
[GenerateSerializer, Immutable]
public sealed record EntityStepResult([property: Id(0)] Message[] Outbox);
