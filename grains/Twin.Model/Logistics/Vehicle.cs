namespace Twin.Model.Logistics;

/// <summary>A train, truck or aircraft on its way, with its load.</summary>
public sealed class Vehicle
{
    public int DepartDay;

    /// <summary>The day it has crossed its border crossing (after any hold and delay), or -1 if it has none.</summary>
    public int CrossDay = -1;

    public int ArriveDay;

    /// <summary>Days it waited at the crossing: held while closed, plus any delay.</summary>
    public int BorderWaitDays;

    private List<Shipment> _load = [];

    /// <summary>Its load; fixed once it departs, so the totals below are taken once.</summary>
    public List<Shipment> Load
    {
        get => _load;
        init
        {
            _load = value;
            foreach (var s in value)
            {
                Teu += s.Teu;
                Value += s.Value;
                Tonnes += s.Tonnes;
            }
        }
    }

    public double Teu { get; private init; }

    public double Value { get; private init; }

    public double Tonnes { get; private init; }
}
