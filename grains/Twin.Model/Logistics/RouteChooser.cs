using MathNet.Numerics.Distributions;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// A shipper's view of the routes of one direction (exports or imports) and its choice between
/// them. It starts from each route's published figures and learns from the routes' daily status.
/// </summary>
public sealed class RouteChooser(bool imports)
{
    private RouteStatus[] _status = [];

    /// <summary>What the shipper believes of a route before any status arrives.</summary>
    public static RouteStatus Prior(RouteInfo route, double toleranceDays)
    {
        var border = route.BorderSpec;
        double p = border?.DelayProbability ?? 0, delay = border?.DelayMeanDays ?? 0;
        double transit = route.Spec.TransitDays;
        double onTime = (1 - p) * OnTimeWithin(transit, route.Spec.TransitSpread, toleranceDays)
                        + p * OnTimeWithin(transit, route.Spec.TransitSpread, toleranceDays - delay);
        return new RouteStatus(0, transit + p * delay, onTime);
    }

    /// <summary>P(T ≤ mean + slack) for a log-normal transit time T with the given mean and sigma.</summary>
    public static double OnTimeWithin(double mean, double sigma, double slack)
    {
        if (mean + slack <= 0) return 0;
        if (sigma <= 0) return slack >= 0 ? 1 : 0;
        return Normal.CDF(0, 1, (Math.Log((mean + slack) / mean) + sigma * sigma / 2) / sigma);
    }

    public void Reset(LogisticsNetwork network)
    {
        double tolerance = network.Scenario.Logistics?.ModeChoice.OnTimeToleranceDays ?? 1;
        _status = network.Routes.Select(r => Prior(r, tolerance)).ToArray();
    }

    public void Observe(int routeOrdinal, in RouteStatus status) => _status[routeOrdinal] = status;

    /// <summary>What the shipper believes of a route now.</summary>
    public RouteStatus StatusOf(int routeOrdinal) => _status[routeOrdinal];

    /// <summary>A route's freight per tonne of a cargo with <paramref name="teuPerTonne"/>: its rate per TEU or per tonne.</summary>
    public static double FreightPerTonne(RouteSpec route, double teuPerTonne) =>
        route.CostPerUnit * (route.CapacityUnit == CapacityUnit.Teu ? teuPerTonne : 1);

    /// <summary>
    /// Fills <paramref name="routes"/> (ordinals) and <paramref name="probabilities"/> for a shipment
    /// to or from <paramref name="destination"/>; returns how many alternatives there are.
    /// </summary>
    public int Choose(LogisticsNetwork network, int destination, GoodsClass goods, double valuePerTonne, double teuPerTonne,
        Span<int> routes, Span<double> probabilities)
    {
        var spec = network.Scenario.Logistics!;
        var choice = spec.ModeChoice;
        double timeValue = spec.GoodsClasses[goods].TimeValuePerDay;
        int n = 0;
        foreach (int r in network.RoutesTo(destination))
        {
            var route = network.Routes[r].Spec;
            if (imports ? !route.ReturnLoads : !route.GoodsClasses.Contains(goods)) continue;
            double costPerTonne = FreightPerTonne(route, teuPerTonne);
            var s = _status[r];
            routes[n] = r;
            probabilities[n] = ModeChoice.Utility(choice, route.Mode, costPerTonne, s.TransitDays, s.WaitDays, s.OnTimeShare, valuePerTonne, timeValue);
            n++;
        }
        ModeChoice.Probabilities(probabilities[..n], choice.MinShare);
        return n;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_status.Length);
        foreach (var s in _status)
        {
            writer.Write(s.WaitDays);
            writer.Write(s.TransitDays);
            writer.Write(s.OnTimeShare);
        }
    }

    public void Read(BinaryReader reader)
    {
        _status = new RouteStatus[reader.ReadInt32()];
        for (int i = 0; i < _status.Length; i++)
            _status[i] = new RouteStatus(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
    }
}
