using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// A place that handles shipments (a hub or a warehouse): it takes export orders if it is an order
/// desk, holds what arrives for its dwell time, handles up to its daily capacity in priority order
/// (perishables first, then the oldest) and passes each shipment on, or delivers it. What does not
/// fit waits: the backlog.
/// </summary>
public sealed class HandlingNodeModel : IEntityModel
{
    private readonly EntitySetup _setup;
    private readonly Func<Scenario, string, (double CapacityTeu, int DwellDays)> _parameters;
    private readonly ShipmentQueue _queue = new();
    private readonly OrderDesk _desk = new();
    private readonly FlowTally _flows = new();
    private readonly List<Shipment> _scratch = [];
    private readonly CapacityRule _capacity = new();
    private LogisticsNetwork _network = null!;
    private double _capacityTeu;
    private int _dwellDays;
    private bool _isDesk;

    /// <param name="parameters">Reads this node's capacity and dwell from the scenario in force.</param>
    public HandlingNodeModel(EntitySetup setup, Func<Scenario, string, (double CapacityTeu, int DwellDays)> parameters)
    {
        _setup = setup;
        _parameters = parameters;
        Bind(setup.Scenario, reset: true);
    }

    public IReadOnlyList<string> KpiNames => NodeKpis.Names;

    public void Rebind(Scenario scenario) => Bind(scenario, reset: false);

    private void Bind(Scenario scenario, bool reset)
    {
        _network = new LogisticsNetwork(scenario, _setup.Directory);
        (_capacityTeu, _dwellDays) = _parameters(scenario, _setup.Entity.Id);
        _isDesk = _network.Desks.Contains(_setup.Index);
        _desk.Bind(_network, _setup.Index, reset);
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        int day = context.Day;
        double ordersTeu = 0, receivedTeu = 0;
        foreach (ref readonly var m in inbox)
        {
            switch (m.Kind)
            {
                case MessageKind.ExportOrder when _isDesk:
                    var order = ExportOrderCodec.Read(m);
                    ordersTeu += order.Teu;
                    _scratch.Clear();
                    // Placed yesterday: the message took the night.
                    _desk.Split(order, day - 1, _scratch);
                    foreach (var s in _scratch)
                    {
                        _flows.Created(s);
                        _queue.Add(s, day + _dwellDays);
                    }
                    break;
                case MessageKind.Shipment:
                    var shipment = ShipmentCodec.Read(m);
                    receivedTeu += shipment.Teu;
                    _queue.Add(shipment, day + _dwellDays);
                    break;
                case MessageKind.RouteStatus when !RouteStatusCodec.IsReturn(m):
                    _desk.Observe(m);
                    break;
                case MessageKind.NodeStatus when _isDesk:
                    _desk.Service.ObserveNode(m.From, NodeStatusCodec.ReadWaitDays(m));
                    break;
            }
        }

        _scratch.Clear();
        double capacity = _capacityTeu * _capacity.Factor;
        double handled = context.Closed ? 0 : _queue.Take(day, capacity, CapacityUnit.Teu, _scratch);
        double importsDelivered = 0, parcels = 0;
        foreach (var s in _scratch)
        {
            int next = _network.NextHop(_setup.Index, s);
            if (next != LogisticsNetwork.Delivered)
            {
                _flows.Send(outbox, next, s);
                continue;
            }
            _flows.Delivered(s);
            if (s.Import) importsDelivered += s.Teu;
            if (s.Goods == GoodsClass.Ecommerce) parcels += s.Value / _network.Scenario.Logistics!.GoodsClasses.Ecommerce.ParcelValueCny;
        }

        kpis[NodeKpis.OrdersTeu] = ordersTeu;
        kpis[NodeKpis.ReceivedTeu] = receivedTeu;
        kpis[NodeKpis.HandledTeu] = handled;
        kpis[NodeKpis.CapacityTeu] = capacity;
        kpis[NodeKpis.Utilization] = capacity > 0 ? handled / capacity : double.NaN;
        double backlogTeu = _queue.Teu, backlogValue = _queue.Value;
        kpis[NodeKpis.BacklogTeu] = backlogTeu;
        kpis[NodeKpis.BacklogValue] = backlogValue;
        kpis[NodeKpis.OldestShipmentAgeDays] = _queue.Count == 0 ? 0 : day - _queue.Items.Min(s => s.CreatedDay);
        kpis[NodeKpis.ImportsDeliveredTeu] = importsDelivered;
        kpis[NodeKpis.ParcelsDelivered] = parcels;
        kpis[NodeKpis.Closed] = context.Closed ? 1 : 0;
        double wait = WaitDays(day, capacity);
        kpis[NodeKpis.ExpectedWaitDays] = wait;
        _flows.Write(kpis[NodeKpis.Flows..], backlogTeu, backlogValue);
        Respond(day, wait, handled, capacity, outbox);
    }

    /// <summary>The wait of the cargo ready today that did not fit: its TEU in days of today's capacity (at most a year).</summary>
    private double WaitDays(int day, double capacity)
    {
        double waiting = _queue.ReadyUnits(day, CapacityUnit.Teu);
        return waiting <= 0 ? 0 : capacity > 0 ? Math.Min(365, waiting / capacity) : 365;
    }

    /// <summary>
    /// Tells the order desks its wait (they price it into the delivered cost), updates the service
    /// factors if it is a desk, and reviews its capacity (docs/model.md, "Service and export demand",
    /// "Capacity response").
    /// </summary>
    private void Respond(int day, double wait, double handled, double capacity, Outbox outbox)
    {
        var logistics = _network.Scenario.Logistics;
        if (logistics is null) return;
        if (logistics.ServiceResponse.Enabled)
            foreach (int desk in _network.Desks)
                if (desk != _setup.Index) NodeStatusCodec.Send(outbox, desk, wait);
        if (_isDesk)
        {
            _desk.Service.ObserveNode(_setup.Index, wait);
            _desk.Service.EndOfDay(outbox);
        }
        _capacity.Record(wait, handled, capacity);
        _capacity.Review(day, logistics.CapacityResponse.Nodes);
    }

    public void WriteState(BinaryWriter writer)
    {
        _queue.Write(writer);
        _desk.Write(writer);
        _capacity.Write(writer);
    }

    public void ReadState(BinaryReader reader)
    {
        _queue.Read(reader);
        _desk.Read(reader);
        _capacity.Read(reader);
    }
}
