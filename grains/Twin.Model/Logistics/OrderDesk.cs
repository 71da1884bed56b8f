namespace Twin.Model.Logistics;

/// <summary>
/// Turns export orders into shipments: each country's destinations get their share, and each
/// destination's share is split between its routes by the shippers' route choice (the logit).
/// </summary>
public sealed class OrderDesk
{
    private readonly RouteChooser _chooser = new(imports: false);
    private LogisticsNetwork _network = null!;
    private int[] _routes = [];
    private double[] _probabilities = [];

    public void Bind(LogisticsNetwork network, bool reset)
    {
        _network = network;
        if (reset) _chooser.Reset(network);
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
        }
    }

    public void Write(BinaryWriter writer) => _chooser.Write(writer);

    public void Read(BinaryReader reader) => _chooser.Read(reader);
}
