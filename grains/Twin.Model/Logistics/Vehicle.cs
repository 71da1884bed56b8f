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

    public List<Shipment> Load = [];

    public double Teu => Load.Sum(s => s.Teu);

    public double Value => Load.Sum(s => s.Value);
}
