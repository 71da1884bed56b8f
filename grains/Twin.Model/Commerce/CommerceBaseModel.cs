using MathNet.Numerics.Distributions;
using Twin.Model.Expo;
using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Commerce;

/// <summary>
/// The Silk Road e-commerce base. Each day its channels bring parcels (the towns' firms' live-streaming
/// sales, the marketplace sellers once the Ozon/Wildberries operations centre is open, cross-border
/// express parcels by weight, the expo centre's online orders); the operations centre sorts up to its
/// capacity and sends what is ready on its cut-off days as consolidated e-commerce export orders; the
/// consolidated departures carry express, e-commerce and general trade in one load on a route; the
/// rest goes by courier. docs/model.md, "Silk Road e-commerce base", has the equations.
/// </summary>
public sealed partial class CommerceBaseModel : IEntityModel
{
    private readonly EntitySetup _setup;
    private readonly StreamRandom _live, _marketplace, _express, _weights;
    private readonly FlowTally _flows = new();
    private CommerceBaseSpec _spec = null!;
    private LogisticsNetwork _network = null!;
    private int _country, _desk, _route = -1;

    public CommerceBaseModel(EntitySetup setup)
    {
        _setup = setup;
        _live = setup.Stream("live-streaming");
        _marketplace = setup.Stream("marketplace");
        _express = setup.Stream("express");
        _weights = setup.Stream("express-weights");
        Bind(setup.Scenario);
    }

    public IReadOnlyList<string> KpiNames => CommerceBaseKpis.Names;

    public void Rebind(Scenario scenario) => Bind(scenario);

    private void Bind(Scenario scenario)
    {
        _spec = scenario.EcommerceBase!;
        _network = new LogisticsNetwork(scenario, _setup.Directory);
        _country = scenario.Countries.Select(c => c.Id).ToList().IndexOf(_spec.Country);
        _desk = _network.DeskOf.Length > 0 ? _network.DeskOf[(int)GoodsClass.Ecommerce] : -1;
        _route = _spec.Consolidation.Route.Length > 0 ? _setup.Directory.IndexOf(_spec.Consolidation.Route) : -1;
        BindTowns(scenario);
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        int day = context.Day;
        foreach (ref readonly var m in inbox)
            if (m.Kind == MessageKind.OnlineOrders)
                kpis[CommerceBaseKpis.ExpoParcels] += OnlineOrderCodec.Read(m).Parcels;

        // Every channel draws every day, open or closed, so the streams stay aligned across what-ifs.
        bool weekend = context.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var live = _spec.LiveStreaming;
        double liveParcels = Draw(_live, live.ParcelsPerDay * (weekend ? live.WeekendFactor : 1));
        double marketParcels = Draw(_marketplace, _spec.OperationsCentre.MarketplaceParcelsPerDay);
        double expressParcels = Draw(_express, _spec.Express.ParcelsPerDay);
        double expressKg = ExpressWeight((int)expressParcels);
        bool open = _spec.OperationsCentre.Open && !context.Closed;
        if (!open) marketParcels = 0;
        if (context.Closed) liveParcels = expressParcels = expressKg = 0;

        PullTownDemand(liveParcels, weekend, outbox);
        kpis[CommerceBaseKpis.LiveParcels] = liveParcels;
        kpis[CommerceBaseKpis.MarketplaceParcels] = marketParcels;
        kpis[CommerceBaseKpis.LiveSales] = (liveParcels + marketParcels) * live.ValuePerParcelCny;
        kpis[CommerceBaseKpis.ExpressParcels] = expressParcels;
        kpis[CommerceBaseKpis.ExpressKg] = expressKg;
        kpis[CommerceBaseKpis.CentreOpen] = open ? 1 : 0;
        kpis[CommerceBaseKpis.Closed] = context.Closed ? 1 : 0;

        bool consolidating = _route >= 0 && _spec.Consolidation.DeparturesPerWeek > 0;
        double parcels = liveParcels + marketParcels;
        if (open) ToCentre(day, parcels, kpis);
        else if (consolidating) Hold(0, parcels);
        else Courier(parcels, parcels * live.KilogramsPerParcel, 0, kpis);
        if (consolidating) Hold(expressKg, 0);
        else Courier(expressParcels, expressKg, expressKg, kpis);

        if (!context.Closed) Centre(day, context.Date.DayOfWeek, outbox, kpis);
        Consolidate(day, context.Closed, consolidating, outbox, kpis);
        double shipped = kpis[CommerceBaseKpis.ExpressKgShipped];
        kpis[CommerceBaseKpis.ExpressCostPerKg] = shipped > 0 ? kpis[CommerceBaseKpis.ExpressCost] / shipped : double.NaN;
        kpis[CommerceBaseKpis.CentreBacklog] = _queued.Sum(b => b.Parcels) + _ready.Sum(b => b.Parcels);
        kpis[CommerceBaseKpis.HeldKg] = _heldExpressKg + _heldParcels * live.KilogramsPerParcel;
        _flows.Write(kpis.Slice(CommerceBaseKpis.Flows, FlowTally.Names.Count), 0, 0);
    }

    private static double Draw(StreamRandom stream, double mean) => mean > 0 ? Poisson.Sample(stream, mean) : 0;

    /// <summary>The day's express parcels' total weight: each parcel log-normal with the class's mean weight.</summary>
    private double ExpressWeight(int parcels)
    {
        var express = _spec.Express;
        double sigma = express.KilogramsSpread, mu = Math.Log(express.KilogramsMean) - sigma * sigma / 2, total = 0;
        for (int i = 0; i < parcels; i++) total += LogNormal.Sample(_weights, mu, sigma);
        return total;
    }

    /// <summary>Parcels sent by express operators (air, outside the twin's routes); express weight pays the courier rate.</summary>
    private void Courier(double parcels, double kilograms, double expressKg, Span<double> kpis)
    {
        kpis[CommerceBaseKpis.CourierParcels] += parcels;
        kpis[CommerceBaseKpis.CourierKg] += kilograms;
        kpis[CommerceBaseKpis.ExpressKgShipped] += expressKg;
        kpis[CommerceBaseKpis.ExpressCost] += expressKg * _spec.Express.CourierCostPerKgCny;
    }
}
