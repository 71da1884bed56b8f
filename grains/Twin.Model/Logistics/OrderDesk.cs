namespace Twin.Model.Logistics;

/// <summary>
/// Turns export orders into shipments: each country's destinations get their share, and each
/// destination's share is split between its routes by the shippers' route choice (the logit). With
/// the service response on, it also prices each order's delivered cost for <see cref="Service"/>.
/// </summary>
public sealed class OrderDesk
{
    private readonly RouteChooser _chooser = new(imports: false);
    // The shippers' view before any status: the routes' published figures and no waits (the reference cost G0).
    private readonly RouteChooser _published = new(imports: false);
    private LogisticsNetwork _network = null!;
    private int _self;
    private int[] _routes = [];
    private double[] _probabilities = [];

    public ServiceMonitor Service { get; } = new();

    public void Bind(LogisticsNetwork network, int self, bool reset)
    {
        _network = network;
        _self = self;
        if (reset) _chooser.Reset(network);
        // Published figures follow the scenario in force (a lever on a route's transit time moves them).
        _published.Reset(network);
        Service.Bind(network, self);
        _routes = new int[network.Routes.Length];
        _probabilities = new double[network.Routes.Length];
    }

    public void Observe(in Kernel.Message status) =>
        _chooser.Observe(_network.RouteOf(status.From).Ordinal, RouteStatusCodec.Read(status));

    /// <summary>Adds the order's shipments to <paramref name="shipments"/>; their quantities add up to the order's.</summary>
    public void Split(in ExportOrder order, int createdDay, List<Shipment> shipments)
    {
        if (order.Tonnes <= 0 || order.Country < 0 || order.Country >= _network.CountryDestinations.Length) return;
        double valuePerTonne = order.Value / order.Tonnes, teuPerTonne = order.Teu / order.Tonnes;
        double cost = 0, reference = 0;
        foreach (var (destination, share) in _network.CountryDestinations[order.Country])
        {
            int n = _chooser.Choose(_network, destination, order.Goods, valuePerTonne, teuPerTonne, _routes, _probabilities);
            for (int i = 0; i < n; i++)
            {
                double part = share * _probabilities[i];
                if (part <= 0) continue;
                shipments.Add(new Shipment
                {
                    Origin = order.Town,
                    Destination = destination,
                    Route = _network.Routes[_routes[i]].Entity,
                    Country = order.Country,
                    Goods = order.Goods,
                    CreatedDay = createdDay,
                    Teu = order.Teu * part,
                    Tonnes = order.Tonnes * part,
                    Value = order.Value * part,
                });
            }
            if (!Service.Enabled) continue;
            cost += share * DeliveredCost.PerTonne(_network, _chooser, Service.NodeWaits, _self, destination, order.Goods, valuePerTonne, teuPerTonne,
                _routes.AsSpan(0, n), _probabilities.AsSpan(0, n));
            n = _published.Choose(_network, destination, order.Goods, valuePerTonne, teuPerTonne, _routes, _probabilities);
            reference += share * DeliveredCost.PerTonne(_network, _published, null, _self, destination, order.Goods, valuePerTonne, teuPerTonne,
                _routes.AsSpan(0, n), _probabilities.AsSpan(0, n));
        }
        if (Service.Enabled) Service.Record(order.Country, order.Goods, order.Tonnes, cost, reference);
    }

    public void Write(BinaryWriter writer)
    {
        _chooser.Write(writer);
        Service.Write(writer);
    }

    public void Read(BinaryReader reader)
    {
        _chooser.Read(reader);
        Service.Read(reader);
    }
}
