using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>The order in which held shipments are handled and loaded: perishables first, then the oldest, then arrival order.</summary>
public sealed class ShipmentPriority : IComparer<Shipment>
{
    public static readonly ShipmentPriority Instance = new();

    public int Compare(Shipment x, Shipment y)
    {
        int c = (y.Goods == GoodsClass.Perishable).CompareTo(x.Goods == GoodsClass.Perishable);
        if (c != 0) return c;
        c = x.CreatedDay.CompareTo(y.CreatedDay);
        return c != 0 ? c : x.Seq.CompareTo(y.Seq);
    }
}
