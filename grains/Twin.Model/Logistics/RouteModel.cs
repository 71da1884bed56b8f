using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// A scheduled service between a hub and a destination: exports out, imports back. Each day it
/// delivers arrivals, runs its departure slots (none while closed), and tells the shippers who
/// choose between routes its wait, transit time and punctuality.
/// </summary>
public sealed class RouteModel : IEntityModel, IObservationAware
{
    private readonly EntitySetup _setup;
    private readonly RouteLeg _out;
    private readonly RouteLeg _back;
    private readonly FlowTally _flows = new();
    private readonly CapacityRule _capacity = new();
    private LogisticsNetwork _network = null!;
    private RouteInfo _route = null!;
    private InterventionSchedule? _borderClosures;
    private RouteStatus _prior;

    public RouteModel(EntitySetup setup)
    {
        _setup = setup;
        _out = new RouteLeg(false, setup.Stream("out-cancel"), new TransitSampler(setup.Stream("out-transit"), setup.Stream("out-border")));
        _back = new RouteLeg(true, setup.Stream("back-cancel"), new TransitSampler(setup.Stream("back-transit"), setup.Stream("back-border")));
        Rebind(setup.Scenario);
    }

    public IReadOnlyList<string> KpiNames => RouteKpis.Names;

    public void Rebind(Scenario scenario)
    {
        _network = new LogisticsNetwork(scenario, _setup.Directory);
        _route = _network.RouteOf(_setup.Index);
        // Every entity sees the whole intervention list, so the route knows when its crossing is closed.
        _borderClosures = _route.Spec.Border is { } border ? new InterventionSchedule(scenario.Interventions, $"borders/{border}") : null;
        _prior = RouteChooser.Prior(_route, scenario.Logistics?.ModeChoice.OnTimeToleranceDays ?? 1);
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        int day = context.Day;
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind != MessageKind.Shipment) continue;
            var s = ShipmentCodec.Read(m);
            (s.Import ? _back : _out).Receive(s, day);
        }
        var spec = _route.Spec;
        double frequency = spec.DeparturesPerWeek * _capacity.Factor;
        _out.Step(day, context.Closed, frequency, _route, _network, _borderClosures, outbox, _flows, _setup.Index);
        _back.Step(day, context.Closed, frequency, _route, _network, _borderClosures, outbox, _flows, _setup.Index);

        var outStatus = _out.Status(spec, frequency, _prior);
        foreach (int chooser in _network.Desks)
            RouteStatusCodec.Send(outbox, chooser, false, outStatus);
        if (_route.Spec.ReturnLoads)
            RouteStatusCodec.Send(outbox, _route.To, true, _back.Status(spec, frequency, _prior));

        Record(kpis, context, outStatus, frequency);
        // The operator reviews the outbound backlog against the capacity it scheduled (docs/model.md, "Capacity response").
        _capacity.Record(outStatus.WaitDays, _out.Today.UnitsDeparted, spec.Capacity * frequency / 7.0);
        if (_network.Scenario.Logistics is { } logistics) _capacity.Review(day, logistics.CapacityResponse.Routes);
    }

    /// <summary>The day's KPIs; per-event ones are NaN on a day without their event (see <see cref="RouteKpis.Definitions"/>).</summary>
    private void Record(Span<double> kpis, in StepContext context, in RouteStatus status, double frequency)
    {
        var spec = _route.Spec;
        var t = _out.Today;
        kpis[RouteKpis.Departures] = t.Departures;
        kpis[RouteKpis.Cancelled] = t.Cancelled;
        kpis[RouteKpis.Held] = t.Held;
        kpis[RouteKpis.TeuDeparted] = t.TeuDeparted;
        kpis[RouteKpis.TonnesDeparted] = t.TonnesDeparted;
        kpis[RouteKpis.ValueDeparted] = t.ValueDeparted;
        kpis[RouteKpis.LoadFactor] = t.Departures > 0 ? t.UnitsDeparted / (t.Departures * spec.Capacity) : double.NaN;
        kpis[RouteKpis.MaxLoadUnits] = t.Departures > 0 ? t.MaxLoadUnits : double.NaN;
        kpis[RouteKpis.CapacityUnits] = spec.Capacity;
        kpis[RouteKpis.BacklogTeu] = _out.Queue.Teu;
        kpis[RouteKpis.BacklogUnits] = _out.Queue.Units(spec.CapacityUnit);
        kpis[RouteKpis.InTransitTeu] = _out.InTransitTeu;
        kpis[RouteKpis.Arrivals] = t.Arrivals;
        kpis[RouteKpis.TeuArrived] = t.TeuArrived;
        kpis[RouteKpis.TransitMean] = t.Transit.Mean();
        kpis[RouteKpis.TransitP95] = t.Transit.Quantile(0.95);
        t.Transit.Record(context.Events, RouteKpis.TransitP95);
        kpis[RouteKpis.OnTimeShare] = t.Arrivals > 0 ? t.OnTimeArrivals / (double)t.Arrivals : double.NaN;
        kpis[RouteKpis.CostPerTeu] = t.TeuDeparted > 0 ? t.FreightCny / t.TeuDeparted : double.NaN;
        kpis[RouteKpis.WaitDays] = status.WaitDays;
        kpis[RouteKpis.BorderWaitDays] = t.BorderCrossings > 0 ? t.BorderWaitDays / t.BorderCrossings : double.NaN;
        kpis[RouteKpis.BorderCrossings] = t.BorderCrossings;
        kpis[RouteKpis.ReturnDepartures] = _back.Today.Departures;
        kpis[RouteKpis.ReturnTeuDeparted] = _back.Today.TeuDeparted;
        kpis[RouteKpis.ReturnBacklogTeu] = _back.Queue.Teu;
        kpis[RouteKpis.ReturnTeuArrived] = _back.Today.TeuArrived;
        kpis[RouteKpis.Closed] = context.Closed ? 1 : 0;
        kpis[RouteKpis.CapacityOffered] = t.Departures * spec.Capacity;
        kpis[RouteKpis.ScheduledDeparturesPerWeek] = frequency;
        _flows.Write(kpis[RouteKpis.Flows..], _out.StockTeu + _back.StockTeu, _out.StockValue + _back.StockValue);
    }

    public void WriteState(BinaryWriter writer)
    {
        _out.Write(writer);
        _back.Write(writer);
        _capacity.Write(writer);
    }

    public void ReadState(BinaryReader reader)
    {
        _out.Read(reader);
        _back.Read(reader);
        _capacity.Read(reader);
    }

    /// <summary>An observed departure count moves the outbound leg's vehicles to match (see <see cref="RouteLeg.Reconcile"/>).</summary>
    public void Nudge(string kpi, int day, double simulated, double observed)
    {
        if (kpi == "departures")
            _out.Reconcile(day, (int)Math.Round(observed), _route, _borderClosures);
    }
}
