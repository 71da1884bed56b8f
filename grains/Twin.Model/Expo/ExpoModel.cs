using MathNet.Numerics.Distributions;
using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Expo;

/// <summary>
/// The expo centre's Portuguese-speaking countries area. Each day visitors come (a base rate, more at
/// weekends and on event days, the towns' residents and the institute's new trainees), some buy in
/// each category, shelves sell from stock and lose what they lack, buyers order again online
/// through the e-commerce base, and every review the shelves reorder imports through the gateways.
/// docs/model.md, "Expo centre", has the equations.
/// </summary>
public sealed partial class ExpoModel : IEntityModel
{
    private readonly EntitySetup _setup;
    private readonly StreamRandom _visitors;
    private readonly StreamRandom[] _buyers;
    private readonly FlowTally _flows = new();
    private readonly int _commerceBase;
    private double _residents;
    private ExpoSpec _spec = null!;
    private int[] _via = [];
    private int[] _country = [];

    public ExpoModel(EntitySetup setup)
    {
        _setup = setup;
        var spec = setup.Scenario.Expo!;
        _visitors = setup.Stream("visitors");
        // One stream per shelf, so a change on one shelf leaves the others' draws alone.
        _buyers = spec.Shelves.Select(s => setup.Stream("buyers-" + s.Id)).ToArray();
        var bases = setup.Directory.IndexesOfKind(ExpoKind.CommerceBase);
        _commerceBase = bases.Length > 0 ? bases[0] : -1;
        // Day 0's; from then on what the towns report (ResidentsCodec), as their populations grow.
        _residents = setup.Scenario.Towns.Sum(t => (double)t.Population);
        _stock = spec.Shelves.Select(s => s.ShelfItems).ToArray();
        KpiNames = ExpoKpis.NamesFor(spec.Shelves.Select(s => s.Id).ToArray());
        Bind(setup.Scenario);
    }

    public IReadOnlyList<string> KpiNames { get; }

    public void Rebind(Scenario scenario) => Bind(scenario);

    private void Bind(Scenario scenario)
    {
        _spec = scenario.Expo!;
        var countries = scenario.Countries.Select(c => c.Id).ToList();
        _via = _spec.Shelves.Select(s => _setup.Directory.IndexOf(s.Via)).ToArray();
        _country = _spec.Shelves.Select(s => countries.IndexOf(s.Origin)).ToArray();
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        int day = context.Day;
        double trainees = 0, residents = 0;
        bool reported = false;
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind == MessageKind.InstituteVisitors) trainees += ExpoVisitorsCodec.Read(m);
            else if (m.Kind == MessageKind.Shipment) Receive(ShipmentCodec.Read(m), day, kpis);
            else if (m.Kind == MessageKind.TownResidents)
            {
                residents += ResidentsCodec.Read(m);
                reported = true;
            }
        }
        if (reported) _residents = residents;

        var (visitorFactor, macaoFactor, eventDay) = Events(day);
        bool weekend = context.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        double fromInstitute = _spec.InstituteVisitShare * trainees;
        double rate = (_spec.VisitorsPerDay * (weekend ? _spec.WeekendFactor : 1) + _residents * _spec.ResidentVisitsPerThousand / 1000) * visitorFactor
                      + fromInstitute;
        // Drawn every day, closed or not, so the stream stays aligned with a run that never closes.
        double visitors = rate > 0 ? Poisson.Sample(_visitors, rate) : 0;
        if (context.Closed) visitors = 0;

        Sell(visitors, macaoFactor, outbox, kpis);
        if (day % _spec.ReviewDays == 0) Reorder(day, outbox, kpis);
        Dispatch(day, outbox);

        kpis[ExpoKpis.Visitors] = visitors;
        kpis[ExpoKpis.InstituteVisitors] = context.Closed ? 0 : fromInstitute;
        kpis[ExpoKpis.EventDay] = eventDay ? 1 : 0;
        kpis[ExpoKpis.StockItems] = _stock.Sum();
        kpis[ExpoKpis.OnOrderTeu] = _onOrder.Sum(o => o.Teu);
        kpis[ExpoKpis.Closed] = context.Closed ? 1 : 0;
        for (int i = 0; i < _stock.Length; i++) kpis[ExpoKpis.ByShelf + _stock.Length + i] = _stock[i];
        _flows.Write(kpis.Slice(ExpoKpis.Flows, FlowTally.Names.Count), 0, 0);
    }

    /// <summary>The calendar's effect on a day: the largest visitor and Macao brand factors of the events that run.</summary>
    private (double Visitors, double Macao, bool Any) Events(int day)
    {
        double visitors = 1, macao = 1;
        bool any = false;
        foreach (var e in _spec.Events)
        {
            if (!e.RunsOn(day)) continue;
            any = true;
            visitors = Math.Max(visitors, e.VisitorFactor);
            macao = Math.Max(macao, e.MacaoBrandFactor);
        }
        return (visitors, macao, any);
    }

    /// <summary>Each shelf's buyers (Poisson), their baskets served from stock, then their online orders.</summary>
    private void Sell(double visitors, double macaoFactor, Outbox outbox, Span<double> kpis)
    {
        double parcels = 0, onlineValue = 0, kilograms = 0;
        bool online = _commerceBase >= 0 && _spec.OnlineOrdersPerBuyer > 0;
        for (int i = 0; i < _stock.Length; i++)
        {
            var shelf = _spec.Shelves[i];
            double conversion = Math.Min(1, shelf.Conversion * Math.Pow(shelf.Assortment / _spec.ReferenceAssortment, _spec.AssortmentElasticity)
                                            * (shelf.MacaoBrand ? macaoFactor : 1));
            double mean = visitors * conversion;
            double buyers = mean > 0 ? Poisson.Sample(_buyers[i], mean) : 0;
            double wanted = buyers * shelf.BasketItems;
            double sold = Math.Min(wanted, _stock[i]);
            _stock[i] -= sold;
            double onlineWanted = online ? buyers * _spec.OnlineOrdersPerBuyer * shelf.BasketItems : 0;
            double onlineSold = Math.Min(onlineWanted, _stock[i]);
            _stock[i] -= onlineSold;
            if (wanted + onlineWanted > sold + onlineSold + 1e-9) kpis[ExpoKpis.Stockouts] += 1;

            double sales = (sold + onlineSold) * shelf.PriceCny;
            kpis[ExpoKpis.Buyers] += buyers;
            kpis[ExpoKpis.Sales] += sales;
            kpis[ExpoKpis.ByShelf + i] = sales;
            if (shelf.MacaoBrand) kpis[ExpoKpis.MacaoBrandRevenue] += sales;
            kpis[ExpoKpis.LostSales] += (wanted + onlineWanted - sold - onlineSold) * shelf.PriceCny;
            kpis[ExpoKpis.GrossMargin] += sales * shelf.Margin;
            if (onlineSold <= 0) continue;
            double orders = onlineSold / shelf.BasketItems;
            parcels += orders;
            onlineValue += onlineSold * shelf.PriceCny;
            kilograms += onlineSold * 1000 * shelf.TonnesPerTeu / shelf.ItemsPerTeu;
        }
        kpis[ExpoKpis.OnlineSales] = onlineValue;
        kpis[ExpoKpis.OnlineParcels] = parcels;
        if (parcels > 0) OnlineOrderCodec.Send(outbox, _commerceBase, parcels, onlineValue, kilograms);
    }
}
