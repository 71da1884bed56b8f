using Twin.Model.Logistics;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Commerce;

public sealed partial class CommerceBaseModel
{
    private double _heldExpressKg, _heldExpressValue, _heldParcels, _credit = 0.5;

    private void Hold(double expressKg, double ecommerceParcels)
    {
        _heldExpressKg += expressKg;
        _heldExpressValue += expressKg * _spec.Express.ValuePerKilogramCny;
        _heldParcels += ecommerceParcels;
    }

    /// <summary>
    /// The consolidated departures: a credit grows by departures-a-week ÷ 7 a day (from ½), and each whole
    /// unit sends one load (held express and e-commerce parcels plus the general trade TEU) to the
    /// route's hub, which puts it on the route. Express weight pays its share of the route's freight.
    /// </summary>
    private void Consolidate(int day, bool closed, bool consolidating, Kernel.Outbox outbox, Span<double> kpis)
    {
        if (!consolidating)
        {
            // Consolidation stopped: what was held leaves by courier.
            if (_heldExpressKg > 0 || _heldParcels > 0)
            {
                Courier(_heldParcels, _heldParcels * _spec.LiveStreaming.KilogramsPerParcel, 0, kpis);
                Courier(0, _heldExpressKg, _heldExpressKg, kpis);
                _heldExpressKg = _heldExpressValue = _heldParcels = 0;
            }
            return;
        }
        var c = _spec.Consolidation;
        _credit += c.DeparturesPerWeek / 7.0;
        if (_credit < 1) return;
        _credit -= 1;
        if (closed) return;
        var route = _network.RouteOf(_route);
        var live = _spec.LiveStreaming;
        double parcelKg = _heldParcels * live.KilogramsPerParcel;
        double parcelTeu = (_heldExpressKg + parcelKg) / c.KilogramsPerTeu;
        double teu = parcelTeu + c.GeneralTradeTeu;
        if (teu <= 0) return;
        double tonnes = (_heldExpressKg + parcelKg) / 1000 + c.GeneralTradeTeu * c.GeneralTradeTonnesPerTeu;
        double value = _heldExpressValue + _heldParcels * live.ValuePerParcelCny + c.GeneralTradeTeu * c.GeneralTradeValuePerTeu;
        var s = new Shipment
        {
            Origin = _setup.Index, Destination = route.To, Route = route.Entity, Country = _country, Goods = GoodsClass.General,
            CreatedDay = day, Teu = teu, Tonnes = tonnes, Value = value,
        };
        _flows.Created(s);
        _flows.Send(outbox, route.From, s);
        // The load pays the route's rate; a kilogram of parcels pays its share of a TEU (or of a tonne on a road route).
        double freightPerKg = route.Spec.CapacityUnit == CapacityUnit.Teu ? route.Spec.CostPerUnit / c.KilogramsPerTeu : route.Spec.CostPerUnit / 1000;
        kpis[CommerceBaseKpis.ConsolidatedDepartures] += 1;
        kpis[CommerceBaseKpis.ConsolidatedTeu] += teu;
        kpis[CommerceBaseKpis.ConsolidatedExpressKg] += _heldExpressKg;
        kpis[CommerceBaseKpis.ConsolidatedEcommerceParcels] += _heldParcels;
        kpis[CommerceBaseKpis.ConsolidatedGeneralTeu] += c.GeneralTradeTeu;
        kpis[CommerceBaseKpis.ExpressKgShipped] += _heldExpressKg;
        kpis[CommerceBaseKpis.ExpressCost] += _heldExpressKg * freightPerKg;
        _heldExpressKg = _heldExpressValue = _heldParcels = 0;
    }

    public void WriteState(BinaryWriter writer)
    {
        foreach (var stream in new[] { _live, _marketplace, _express, _weights }) writer.Write(stream.State);
        writer.Write(_heldExpressKg);
        writer.Write(_heldExpressValue);
        writer.Write(_heldParcels);
        writer.Write(_credit);
        writer.Write(_liveRatio);
        foreach (var list in new[] { _queued, _ready })
        {
            writer.Write(list.Count);
            foreach (var b in list)
            {
                writer.Write(b.Day);
                writer.Write(b.Parcels);
            }
        }
    }

    public void ReadState(BinaryReader reader)
    {
        foreach (var stream in new[] { _live, _marketplace, _express, _weights }) stream.Restore(reader.ReadStreamState());
        _heldExpressKg = reader.ReadDouble();
        _heldExpressValue = reader.ReadDouble();
        _heldParcels = reader.ReadDouble();
        _credit = reader.ReadDouble();
        _liveRatio = reader.ReadDouble();
        foreach (var list in new[] { _queued, _ready })
        {
            list.Clear();
            int n = reader.ReadInt32();
            for (int i = 0; i < n; i++) list.Add(new Batch { Day = reader.ReadInt32(), Parcels = reader.ReadDouble() });
        }
    }
}
