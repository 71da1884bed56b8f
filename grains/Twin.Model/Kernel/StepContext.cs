namespace Twin.Model.Kernel;

/// <summary>What an entity knows about the day it is stepping.</summary>
/// <param name="Day">Days since the scenario's start (0-based).</param>
/// <param name="Date">The calendar date of that day.</param>
/// <param name="Closed">True while a `close` intervention takes the entity out of service.</param>
/// <param name="Events">Where the day's events behind quantile KPIs go; null where nobody keeps them (a model test).</param>
public readonly record struct StepContext(int Day, DateOnly Date, bool Closed, IKpiEvents? Events = null);
