namespace Twin.Model.Kernel;

/// <summary>
/// What the real zone reported for one of an entity's KPIs on one day (a train left with 96 TEU;
/// a price was quoted). The live run records it in place of the simulated value for that day.
/// </summary>
public readonly record struct ObservedValue(string Kpi, int Day, double Value);

/// <summary>
/// A model that can pull its state towards what was observed: after the host replaces a KPI's
/// simulated value with the observed one, the model corrects the state behind it (a route runs
/// or withdraws departures; a market moves towards the quoted price).
/// </summary>
public interface IObservationAware
{
    /// <summary>Called once the day's KPIs hold the observed value; <paramref name="day"/> is the observed day.</summary>
    void Nudge(string kpi, int day, double simulated, double observed);
}
