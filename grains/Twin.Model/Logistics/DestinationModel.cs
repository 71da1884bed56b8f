using MathNet.Numerics.Distributions;
using Twin.Model.Kernel;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// A place abroad where routes deliver (Seliatino, Almaty, a sea gateway...). It receives the zone's
/// exports, passes e-commerce parcels to its overseas warehouse, records trade by country and mode,
/// and sends imports back on the routes' return legs (two-way consolidation).
/// </summary>
public sealed class DestinationModel : IEntityModel
{
    private readonly EntitySetup _setup;
    private readonly StreamRandom _imports;
    private readonly RouteChooser _chooser = new(imports: true);
    private readonly FlowTally _flows = new();
    private readonly WeightedQuantile _doorToDoor = new();
    private LogisticsNetwork _network = null!;
    private DestinationSpec _spec = null!;
    private int[] _kpiOfCountry = [];
    private int[] _routes = [];
    private double[] _probabilities = [];

    public DestinationModel(EntitySetup setup)
    {
        _setup = setup;
        _imports = setup.Stream("imports");
        Bind(setup.Scenario);
        _chooser.Reset(_network);
        // The countries served never change during a run (a set on them is not a structural change).
        var served = Served(setup.Scenario);
        KpiNames = DestinationKpis.NamesFor(served.Select(c => setup.Scenario.Countries[c].Id));
        _kpiOfCountry = new int[setup.Scenario.Countries.Count];
        Array.Fill(_kpiOfCountry, -1);
        for (int i = 0; i < served.Length; i++) _kpiOfCountry[served[i]] = DestinationKpis.ByCountry + i;
    }

    public IReadOnlyList<string> KpiNames { get; }

    public void Rebind(Scenario scenario) => Bind(scenario);

    private void Bind(Scenario scenario)
    {
        _network = new LogisticsNetwork(scenario, _setup.Directory);
        _spec = scenario.Destinations.First(d => d.Id == _setup.Entity.Id);
        _routes = new int[_network.Routes.Length];
        _probabilities = new double[_network.Routes.Length];
    }

    private int[] Served(Scenario scenario) =>
        Enumerable.Range(0, scenario.Countries.Count)
            .Where(c => _network.CountryDestinations[c].Any(d => d.Entity == _setup.Index) || _network.CountryOf(_setup.Index) == c)
            .ToArray();

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        int day = context.Day;
        _doorToDoor.Clear();
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind == MessageKind.RouteStatus && RouteStatusCodec.IsReturn(m))
                _chooser.Observe(_network.RouteOf(m.From).Ordinal, RouteStatusCodec.Read(m));
            else if (m.Kind == MessageKind.Shipment)
                Receive(ShipmentCodec.Read(m), day, outbox, kpis);
            else if (m.Kind == MessageKind.ImportOrder)
                ShipOrder(m, day, outbox, kpis);
        }
        kpis[DestinationKpis.DoorToDoorMean] = _doorToDoor.Mean();
        kpis[DestinationKpis.DoorToDoorP95] = _doorToDoor.Quantile(0.95);
        _doorToDoor.Record(context.Events, DestinationKpis.DoorToDoorP95);
        SendImports(day, context.Closed, outbox, kpis);
        kpis[DestinationKpis.Closed] = context.Closed ? 1 : 0;
        _flows.Write(kpis.Slice(DestinationKpis.Flows, FlowTally.Names.Count), 0, 0);
    }

    private void Receive(in Shipment s, int day, Outbox outbox, Span<double> kpis)
    {
        kpis[DestinationKpis.TeuReceived] += s.Teu;
        kpis[DestinationKpis.TonnesReceived] += s.Tonnes;
        kpis[DestinationKpis.ExportValue] += s.Value;
        kpis[DestinationKpis.ValueByMode + (int)_network.RouteOf(s.Route).Spec.Mode] += s.Value;
        if (s.Country >= 0 && s.Country < _kpiOfCountry.Length && _kpiOfCountry[s.Country] >= 0)
            kpis[_kpiOfCountry[s.Country]] += s.Value;
        _doorToDoor.Add(day - s.CreatedDay, s.Teu);
        int next = _network.NextHop(_setup.Index, s);
        if (next != LogisticsNetwork.Delivered)
        {
            _flows.Send(outbox, next, s);
            return;
        }
        _flows.Delivered(s);
        if (s.Goods == GoodsClass.Ecommerce)
            kpis[DestinationKpis.ParcelsDelivered] += s.Value / _network.Scenario.Logistics!.GoodsClasses.Ecommerce.ParcelValueCny;
    }

    /// <summary>The day's imports, split between the return legs by the importers' route choice.</summary>
    private void SendImports(int day, bool closed, Outbox outbox, Span<double> kpis)
    {
        double sigma = _spec.ImportVolatility;
        // Drawn every day, so closures and changes elsewhere leave the stream aligned.
        double z = Normal.Sample(_imports, 0, 1);
        double teu = closed || _network.Scenario.Logistics is null ? 0 : _spec.ImportTeuPerWeek / 7.0 * Math.Exp(sigma * z - sigma * sigma / 2);
        if (teu <= 0) return;
        Ship(day, -1, _network.CountryOf(_setup.Index), teu, _spec.ImportTonnesPerTeu, _spec.ImportValuePerTeu, outbox, kpis);
    }

    /// <summary>An import order from the zone (the expo centre's shelves): shipped the day it arrives, addressed to whoever ordered it.</summary>
    private void ShipOrder(in Message m, int day, Outbox outbox, Span<double> kpis)
    {
        if (_network.Scenario.Logistics is null) return;
        var (country, teu, tonnes, value) = Expo.ImportOrderCodec.Read(m);
        if (teu > 0) Ship(day, m.From, country >= 0 ? country : _network.CountryOf(_setup.Index), teu, tonnes / teu, value / teu, outbox, kpis);
    }

    /// <summary>
    /// Splits an import between the return legs by the importers' route choice; each part goes to the
    /// route's hub, or on from there to <paramref name="consignee"/> when one ordered it.
    /// </summary>
    private void Ship(int day, int consignee, int country, double teu, double tonnesPerTeu, double valuePerTeu, Outbox outbox, Span<double> kpis)
    {
        if (teu <= 0) return;
        int n = _chooser.Choose(_network, _setup.Index, GoodsClass.General, valuePerTeu / tonnesPerTeu, 1 / tonnesPerTeu, _routes, _probabilities);
        for (int i = 0; i < n; i++)
        {
            if (_probabilities[i] <= 0) continue;
            var route = _network.Routes[_routes[i]];
            var s = new Shipment
            {
                Origin = _setup.Index,
                Destination = consignee >= 0 ? consignee : route.From,
                Route = route.Entity,
                Country = country,
                Goods = GoodsClass.General,
                Import = true,
                CreatedDay = day,
                Teu = teu * _probabilities[i],
                Tonnes = teu * tonnesPerTeu * _probabilities[i],
                Value = teu * valuePerTeu * _probabilities[i],
            };
            _flows.Created(s);
            _flows.Send(outbox, route.Entity, s);
            kpis[DestinationKpis.ImportTeu] += s.Teu;
            kpis[DestinationKpis.ImportValue] += s.Value;
        }
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_imports.State);
        _chooser.Write(writer);
    }

    public void ReadState(BinaryReader reader)
    {
        _imports.Restore(reader.ReadStreamState());
        _chooser.Read(reader);
    }
}
