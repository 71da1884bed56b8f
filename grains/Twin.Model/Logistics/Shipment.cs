using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// A consignment on its way: plain data in a queue or on a vehicle, never a grain. Entities are
/// addressed by their index in the run's directory.
/// </summary>
public struct Shipment
{
    /// <summary>The town that exported it, or the destination that sent it (imports).</summary>
    public int Origin;

    /// <summary>The destination it goes to, or the hub that receives it (imports).</summary>
    public int Destination;

    /// <summary>The route it travels on.</summary>
    public int Route;

    /// <summary>Index of its country in the scenario's countries (the buyer's, or the sender's for imports); -1 if none.</summary>
    public int Country;

    public GoodsClass Goods;

    public bool Import;

    /// <summary>The day the order or import was placed.</summary>
    public int CreatedDay;

    public double Teu;
    public double Tonnes;
    public double Value;

    /// <summary>Where it is held: the first day it may be handled or loaded.</summary>
    public int ReadyDay;

    /// <summary>Where it is held: arrival order, the last tie-break of the priority order.</summary>
    public long Seq;

    /// <summary>The same shipment scaled to a share of its quantities (a partial load).</summary>
    public readonly Shipment Part(double share)
    {
        var part = this;
        part.Teu *= share;
        part.Tonnes *= share;
        part.Value *= share;
        return part;
    }

    public readonly double Units(CapacityUnit unit) => unit == CapacityUnit.Teu ? Teu : Tonnes;
}
