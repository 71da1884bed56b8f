namespace Twin.Model.Logistics;

/// <summary>One direction of a route on one day, as its KPIs report it.</summary>
public sealed class LegDay
{
    public int Departures;
    public int Cancelled;
    public int Held;
    public double TeuDeparted;
    public double TonnesDeparted;
    public double ValueDeparted;
    public double UnitsDeparted;
    public double MaxLoadUnits;
    public double FreightCny;
    public int Arrivals;
    public double TeuArrived;
    public int OnTimeArrivals;
    public double BorderWaitDays;
    public int BorderCrossings;
    public readonly WeightedQuantile Transit = new();

    public void Clear()
    {
        Departures = Cancelled = Held = Arrivals = OnTimeArrivals = BorderCrossings = 0;
        TeuDeparted = TonnesDeparted = ValueDeparted = UnitsDeparted = MaxLoadUnits = FreightCny = TeuArrived = BorderWaitDays = 0;
        Transit.Clear();
    }
}
