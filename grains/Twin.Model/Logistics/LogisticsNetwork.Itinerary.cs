using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

public sealed partial class LogisticsNetwork
{
    /// <summary>Returned by <see cref="NextHop"/> when the shipment has arrived for good.</summary>
    public const int Delivered = -1;

    /// <summary>
    /// Where a shipment goes after <paramref name="here"/>. Exports: order desk, then (e-commerce)
    /// the bonded forward warehouse, then the hub its route departs from, the route, the destination
    /// and (e-commerce) the destination's overseas warehouse. Imports: route, then its hub, then
    /// (an order placed from the zone, such as the expo centre's) the entity that ordered it.
    /// </summary>
    public int NextHop(int here, in Shipment s)
    {
        var route = Routes[_routeOrdinal[s.Route]];
        // An import addressed beyond the hub (an expo centre's order) goes on there from the hub.
        if (s.Import) return here == s.Route ? route.From : here == route.From && s.Destination != here ? s.Destination : Delivered;
        if (here == s.Route) return route.To;
        if (here == route.To)
            return s.Goods == GoodsClass.Ecommerce && _overseasOf[here] >= 0 ? _overseasOf[here] : Delivered;
        if (IsOverseas(here)) return Delivered;
        if (s.Goods == GoodsClass.Ecommerce && Forward >= 0 && here != Forward && here != route.From) return Forward;
        return here == route.From ? s.Route : route.From;
    }

    private bool IsOverseas(int entity) => Array.IndexOf(_overseasOf, entity) >= 0;
}
