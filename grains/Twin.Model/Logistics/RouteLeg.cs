using Twin.Model.Kernel;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// One direction of a route: the cargo waiting for a departure, the schedule, the vehicles on their
/// way. Each day it delivers what arrives, reports border crossings, and runs the day's departure
/// slots, loading each up to capacity in priority order.
/// </summary>
public sealed class RouteLeg(bool isReturn, StreamRandom cancellations, TransitSampler sampler)
{
    private readonly List<Shipment> _loading = [];
    private double _smoothedTransit = double.NaN;
    private double _smoothedOnTime = double.NaN;

    public ShipmentQueue Queue { get; } = new();

    public List<Vehicle> InTransit { get; private set; } = [];

    public DepartureSchedule Schedule { get; } = new();

    public LegDay Today { get; } = new();

    public double StockTeu => Queue.Teu + InTransit.Sum(v => v.Teu);

    public double StockValue => Queue.Value + InTransit.Sum(v => v.Value);

    public double InTransitTeu => InTransit.Sum(v => v.Teu);

    public void Receive(in Shipment s, int day) => Queue.Add(s, day);

    /// <param name="departuresPerWeek">The frequency in force today: the scheduled one times the operator's capacity factor.</param>
    public void Step(int day, bool closed, double departuresPerWeek, RouteInfo route, LogisticsNetwork network,
        InterventionSchedule? borderClosures, Outbox outbox, FlowTally flows, int self)
    {
        Today.Clear();
        Arrive(day, route, network, outbox, flows, self);
        ReportCrossings(day, route, outbox);
        Depart(day, closed, departuresPerWeek, route, borderClosures);
    }

    private void Arrive(int day, RouteInfo route, LogisticsNetwork network, Outbox outbox, FlowTally flows, int self)
    {
        if (InTransit.Count == 0) return;
        double tolerance = network.Scenario.Logistics?.ModeChoice.OnTimeToleranceDays ?? 1;
        double learning = network.Scenario.Logistics?.ModeChoice.Learning ?? 0.1;
        var still = new List<Vehicle>(InTransit.Count);
        foreach (var v in InTransit)
        {
            if (v.ArriveDay > day) { still.Add(v); continue; }
            int transit = v.ArriveDay - v.DepartDay;
            bool onTime = transit <= route.Spec.TransitDays + tolerance;
            double teu = v.Teu;
            Today.Arrivals++;
            Today.TeuArrived += teu;
            Today.OnTimeArrivals += onTime ? 1 : 0;
            Today.Transit.Add(transit, Math.Max(teu, 1e-9));
            _smoothedTransit = double.IsNaN(_smoothedTransit) ? transit : (1 - learning) * _smoothedTransit + learning * transit;
            _smoothedOnTime = double.IsNaN(_smoothedOnTime) ? (onTime ? 1 : 0) : (1 - learning) * _smoothedOnTime + learning * (onTime ? 1 : 0);
            foreach (var s in v.Load)
                flows.Send(outbox, network.NextHop(self, s), s);
        }
        InTransit = still;
    }

    private void ReportCrossings(int day, RouteInfo route, Outbox outbox)
    {
        if (route.Border < 0) return;
        foreach (var v in InTransit)
        {
            if (v.CrossDay != day) continue;
            BorderCrossingCodec.Send(outbox, route.Border, v.Teu, v.Tonnes, v.BorderWaitDays);
            Today.BorderWaitDays += v.BorderWaitDays;
            Today.BorderCrossings++;
        }
    }

    private void Depart(int day, bool closed, double departuresPerWeek, RouteInfo route, InterventionSchedule? borderClosures)
    {
        var spec = route.Spec;
        Schedule.Accrue(departuresPerWeek);
        while (Schedule.SlotDue)
        {
            // One draw per slot, whatever happens to it, keeps the stream aligned with the baseline's.
            bool cancelled = cancellations.NextDouble() < spec.CancellationProbability;
            if (closed || cancelled)
            {
                Schedule.Consume();
                Today.Cancelled++;
                continue;
            }
            double ready = Queue.ReadyUnits(day, spec.CapacityUnit);
            if (ready <= 0)
            {
                Schedule.Hold();
                Today.Held++;
                break;
            }
            if (!isReturn && ready < spec.MinLoadFactor * spec.Capacity && !MustGo(day, spec))
            {
                Schedule.Hold();
                Today.Held++;
                break;
            }
            Schedule.Consume();
            Load(day, route, borderClosures);
        }
    }

    /// <summary>A departure held for low load goes anyway once perishables wait or cargo has waited too long.</summary>
    private bool MustGo(int day, RouteSpec spec) =>
        Queue.AnyReady(day, GoodsClass.Perishable) || day - (Queue.OldestReady(day) ?? day) >= spec.MaxHoldDays;

    private void Load(int day, RouteInfo route, InterventionSchedule? borderClosures)
    {
        var spec = route.Spec;
        _loading.Clear();
        double units = Queue.Take(day, spec.Capacity, spec.CapacityUnit, _loading);
        var vehicle = new Vehicle { Load = [.. _loading] };
        double crossAfter = isReturn ? spec.TransitDays - spec.BorderAfterDays : spec.BorderAfterDays;
        sampler.Plan(vehicle, day, spec, crossAfter, route.BorderSpec, borderClosures);
        InTransit.Add(vehicle);
        Today.Departures++;
        Today.UnitsDeparted += units;
        Today.MaxLoadUnits = Math.Max(Today.MaxLoadUnits, units);
        Today.TeuDeparted += vehicle.Teu;
        Today.TonnesDeparted += vehicle.Tonnes;
        Today.ValueDeparted += vehicle.Value;
        Today.FreightCny += units * spec.CostPerUnit;
    }

    /// <summary>
    /// Brings the day's departures to an observed count: runs extra departures from the cargo
    /// waiting, or withdraws the day's last ones still on their way and puts their cargo back in
    /// the queue. Cargo is moved, never created or lost.
    /// </summary>
    public void Reconcile(int day, int observedDepartures, RouteInfo route, InterventionSchedule? borderClosures)
    {
        int simulated = InTransit.Count(v => v.DepartDay == day);
        for (int extra = simulated; extra < observedDepartures && Queue.ReadyUnits(day, route.Spec.CapacityUnit) > 0; extra++)
            Load(day, route, borderClosures);
        for (int i = InTransit.Count - 1; i >= 0 && simulated > observedDepartures; i--)
        {
            if (InTransit[i].DepartDay != day) continue;
            foreach (var s in InTransit[i].Load) Queue.Add(s, day);
            InTransit.RemoveAt(i);
            simulated--;
        }
    }

    /// <summary>What shippers are told: the wait for a departure, and recent transit and punctuality.</summary>
    public RouteStatus Status(RouteSpec spec, double departuresPerWeek, RouteStatus prior)
    {
        double perDay = spec.Capacity * departuresPerWeek / 7.0;
        double backlog = Queue.Units(spec.CapacityUnit);
        double wait = backlog <= 0 ? 0 : perDay > 0 ? Math.Min(365, backlog / perDay) : 365;
        return new RouteStatus(wait,
            double.IsNaN(_smoothedTransit) ? prior.TransitDays : _smoothedTransit,
            double.IsNaN(_smoothedOnTime) ? prior.OnTimeShare : _smoothedOnTime);
    }

    public void Write(BinaryWriter writer)
    {
        Queue.Write(writer);
        writer.Write(Schedule.Credit);
        writer.Write(_smoothedTransit);
        writer.Write(_smoothedOnTime);
        writer.Write(cancellations.State);
        writer.Write(sampler.Transit.State);
        writer.Write(sampler.Border.State);
        writer.Write(InTransit.Count);
        foreach (var v in InTransit)
        {
            writer.Write(v.DepartDay);
            writer.Write(v.CrossDay);
            writer.Write(v.ArriveDay);
            writer.Write(v.BorderWaitDays);
            ShipmentIO.WriteAll(writer, v.Load);
        }
    }

    public void Read(BinaryReader reader)
    {
        Queue.Read(reader);
        Schedule.Credit = reader.ReadDouble();
        _smoothedTransit = reader.ReadDouble();
        _smoothedOnTime = reader.ReadDouble();
        cancellations.Restore(reader.ReadStreamState());
        sampler.Transit.Restore(reader.ReadStreamState());
        sampler.Border.Restore(reader.ReadStreamState());
        int count = reader.ReadInt32();
        InTransit = new List<Vehicle>(count);
        for (int i = 0; i < count; i++)
        {
            InTransit.Add(new Vehicle
            {
                DepartDay = reader.ReadInt32(),
                CrossDay = reader.ReadInt32(),
                ArriveDay = reader.ReadInt32(),
                BorderWaitDays = reader.ReadInt32(),
                Load = ShipmentIO.ReadAll(reader),
            });
        }
    }
}
