namespace Twin.Contracts.Kernel;

/// <summary>
/// A run that takes observed events (the live twin), keyed like its <see cref="IRunGrain"/> (the
/// same activation answers both). Each event is kept under an id, can be listed, and can be
/// retracted: the run goes back to the last restore point before the event was taken and steps
/// forward again with every other event, so the days after it are as if it had never come.
/// </summary>
public interface IObservedRun : IGrainWithStringKey
{
    /// <summary>Takes a batch of events (all or nothing); each gets an id, in the receipt's order.</summary>
    Task<ObservationReceipt> ObserveEvents(ObservedEvent[] events);

    /// <summary>The events taken and not retracted, oldest first.</summary>
    Task<ObservationEventInfo[]> ListObservations();

    /// <summary>Retracts an event; fails with <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    Task<RetractionReceipt> Retract(string eventId);
}

/// <summary>One observed event as the run keeps it: the event as it was sent (for people) and the KPI values it fixes.</summary>
[GenerateSerializer, Immutable]
public sealed record ObservedEvent([property: Id(0)] string Text, [property: Id(1)] KpiObservation[] Values);

/// <summary>An event the run holds: its id, the tick that took it, the day it is about, what was sent.</summary>
[GenerateSerializer, Immutable]
public sealed record ObservationEventInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] int TakenAtDay,
    [property: Id(2)] int Day,
    [property: Id(3)] string Text);

/// <summary>What a retraction did: the day the run went back to (-1: its start), and the day it had reached.</summary>
[GenerateSerializer, Immutable]
public sealed record RetractionReceipt([property: Id(0)] string EventId, [property: Id(1)] int RestoredFromDay, [property: Id(2)] int CatchingUpTo);

/// <summary>A run's whole state at a checkpoint, kept so observations taken after it can be retracted (key: `{runId}/restore-{day}`).</summary>
public interface IRestorePointGrain : IGrainWithStringKey
{
    Task Save(ForkPoint point);

    /// <summary>The stored point, or null if there is none (never saved, or removed).</summary>
    Task<ForkPoint?> Get();

    Task Remove();
}
