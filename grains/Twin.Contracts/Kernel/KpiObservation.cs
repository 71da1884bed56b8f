namespace Twin.Contracts.Kernel;

/// <summary>An observed value for one KPI of one entity on one day.</summary>
/// <param name="Accumulate">True for counts and volumes (each event adds to the day's total); false for prices and levels (the latest replaces).</param>
/// <param name="Weight">Above zero, the day's value is the mean of its observations weighted by this (a trade's price by its lots: the VWAP).</param>
[GenerateSerializer, Immutable]
public sealed record KpiObservation(
    [property: Id(0)] string EntityId,
    [property: Id(1)] string Kpi,
    [property: Id(2)] int Day,
    [property: Id(3)] double Value,
    [property: Id(4)] bool Accumulate,
    [property: Id(5)] double Weight = 0);

/// <summary>What a run did with a batch of observations.</summary>
/// <param name="CurrentDay">The next day the run will step; observations of earlier days correct the recorded history.</param>
/// <param name="Ids">The events' ids, in the order sent (to list or retract them).</param>
[GenerateSerializer, Immutable]
public sealed record ObservationReceipt([property: Id(0)] int Accepted, [property: Id(1)] int CurrentDay, [property: Id(2)] string[]? Ids = null);

/// <summary>The latest KPIs of a run that is going on: days <paramref name="FromDay"/> onwards of each entity.</summary>
[GenerateSerializer, Immutable]
public sealed record RunRecent(
    [property: Id(0)] string RunId,
    [property: Id(1)] int FromDay,
    [property: Id(2)] int DaysDone,
    [property: Id(3)] IReadOnlyList<Twin.Model.Kernel.KpiSeries> Series);

/// <summary>Where a fork starts: the source run and the last day it had stepped.</summary>
[GenerateSerializer, Immutable]
public sealed record ForkPointInfo([property: Id(0)] string ForkId, [property: Id(1)] string SourceRunId, [property: Id(2)] int Day, [property: Id(3)] string ScenarioHash);
