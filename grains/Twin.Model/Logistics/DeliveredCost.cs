using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// What shipping a tonne to a destination costs the shipper, expected over its route choice
/// (docs/model.md, "Service and export demand"):
/// G = Σ_r P_r · [c_r + v·τ_g·(T_r + ω·(W_r + W_chain))], the freight and the value of the days on
/// the way, waits at the route and at the hubs and warehouses of the goods class's chain counting ω
/// days each. The expected cost, not the logit's logsum: the logsum carries the mode constants,
/// which have no price, and can be negative, so its ratio to a reference would mean nothing.
/// </summary>
public static class DeliveredCost
{
    /// <param name="routes">The alternatives (route ordinals) and <paramref name="probabilities"/> the shipper's choice gave them.</param>
    /// <param name="waits">Wait days at each hub or warehouse by entity index; null for the reference without waits.</param>
    public static double PerTonne(LogisticsNetwork network, RouteChooser chooser, IReadOnlyDictionary<int, double>? waits, int desk,
        int destination, GoodsClass goods, double valuePerTonne, double teuPerTonne, ReadOnlySpan<int> routes, ReadOnlySpan<double> probabilities)
    {
        var logistics = network.Scenario.Logistics!;
        double timeValue = valuePerTonne * logistics.GoodsClasses[goods].TimeValuePerDay, waitWeight = logistics.ModeChoice.WaitWeight;
        double cost = 0;
        for (int i = 0; i < routes.Length; i++)
        {
            if (probabilities[i] <= 0) continue;
            var route = network.Routes[routes[i]];
            var status = chooser.StatusOf(routes[i]);
            double wait = waits is null ? 0 : status.WaitDays + ChainWait(network, waits, desk, route, destination, goods);
            cost += probabilities[i] * (RouteChooser.FreightPerTonne(route.Spec, teuPerTonne) + timeValue * (status.TransitDays + waitWeight * wait));
        }
        return cost;
    }

    /// <summary>
    /// The waits at the places a shipment passes on the ground: the desk, the bonded forward
    /// warehouse (e-commerce), the hub the route departs from, and the overseas warehouse after the
    /// destination (e-commerce); each once.
    /// </summary>
    private static double ChainWait(LogisticsNetwork network, IReadOnlyDictionary<int, double> waits, int desk, RouteInfo route,
        int destination, GoodsClass goods)
    {
        double wait = Of(waits, desk);
        int forward = goods == GoodsClass.Ecommerce ? network.Forward : -1;
        if (forward >= 0 && forward != desk) wait += Of(waits, forward);
        if (route.From != desk && route.From != forward) wait += Of(waits, route.From);
        if (goods == GoodsClass.Ecommerce && network.OverseasOf(destination) is var overseas and >= 0) wait += Of(waits, overseas);
        return wait;
    }

    private static double Of(IReadOnlyDictionary<int, double> waits, int node) => waits.TryGetValue(node, out var w) ? w : 0;
}
