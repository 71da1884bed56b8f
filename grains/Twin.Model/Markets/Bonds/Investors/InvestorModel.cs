using MathNet.Numerics.Distributions;
using Twin.Model.Kernel;
using Twin.Model.Markets.Messages;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds.Investors;

/// <summary>
/// A fund or bank of the bond market. Each day it reads its fills, the bonds' data, the curves and
/// its clearing statement, pays any margin call from its reserves, values every bond at its
/// currency's curve plus the issuer's rating spread plus a private error, and sends tomorrow's
/// orders: bids in the auctions its mandate allows, and in the secondary market a fund buys cheap
/// and sells rich towards its target while a bank quotes both sides. Rules: docs/model.md, "Offshore bonds".
/// </summary>
public sealed partial class InvestorModel : IEntityModel
{
    private readonly string _id;
    private readonly int _clearing;
    private readonly BondSlot[] _bonds;
    private readonly Dictionary<Currency, NelsonSiegel> _curves = [];
    private readonly Dictionary<int, CurveSpec> _curveOf = [];
    private readonly StreamRandom _views;
    private readonly double[] _noise;
    private readonly string[] _kpiNames;
    private Scenario _scenario = null!;
    private InvestorSpec _spec = null!;
    private InvestorStatementMessage _statement;
    private double _reserves;
    private bool _defaulted;
    private int _nextClientId;

    public InvestorModel(EntitySetup setup)
    {
        var scenario = setup.Scenario;
        _id = setup.Entity.Id;
        _clearing = setup.Directory.IndexOf((scenario.Clearing ?? throw new InvalidOperationException("Investors need a clearing house.")).Id);
        _bonds = scenario.Bonds.Select(b => new BondSlot(b, setup.Directory.IndexOf(b.Id))).ToArray();
        foreach (var c in scenario.Curves)
        {
            _curves[c.Currency] = new NelsonSiegel(c.Level + c.ShockBp / 1e4, c.Slope, c.Curvature, c.DecayYears);
            _curveOf[setup.Directory.IndexOf(c.Id)] = c;
        }
        _views = setup.Stream("views");
        _noise = new double[_bonds.Length];
        Rebind(scenario);
        _reserves = _spec.ReservesUsd;
        double cash = Currencies.All.Sum(c => _spec.Cash[c] * scenario.Fx!.UsdPer(c));
        _statement = new InvestorStatementMessage(AccountStatus.Good, 0, cash, 0, 0, 0);
        _kpiNames = [.. InvestorKpis.Names, .. _bonds.Select(b => InvestorKpis.HoldingPrefix + b.Spec.Id)];
    }

    public IReadOnlyList<string> KpiNames => _kpiNames;

    public void Rebind(Scenario scenario)
    {
        _scenario = scenario;
        _spec = scenario.Investors.First(i => i.Id == _id);
        foreach (var slot in _bonds) slot.Rebind(scenario.Bonds.First(b => b.Id == slot.Spec.Id));
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        var today = new InvestorDay();
        Read(inbox, outbox, context.Day, ref today);
        // Drawn every day for every bond, traded or not, so the stream stays aligned across what-ifs.
        for (int b = 0; b < _bonds.Length; b++) _noise[b] = Normal.Sample(_views, 0, 1);
        if (!_defaulted && !context.Closed) Decide(context.Day, outbox, ref today);
        Record(kpis, today);
    }

    private bool Eligible(BondSpec bond) =>
        _spec.Mandate.Currencies.Contains(bond.Currency) && RatingOf(bond) <= _spec.Mandate.MinRating;

    private Rating RatingOf(BondSpec bond) => _scenario.Issuers.First(i => i.Id == bond.Issuer).Rating;

    private double UsdPer(Currency currency) => _scenario.Fx!.UsdPer(currency);

    private double LotFace => _scenario.BondMarket!.LotFace;

    /// <summary>Dollars one lot of the bond costs at a clean price (accrued interest on top).</summary>
    private double LotUsd(BondSlot slot, int day, double clean) => LotFace * (clean + slot.Schedule.Accrued(day)) / 100 * UsdPer(slot.Spec.Currency);

    private void Record(Span<double> kpis, in InvestorDay today)
    {
        kpis[InvestorKpis.CashUsd] = _statement.CashUsd;
        kpis[InvestorKpis.BondsUsd] = _statement.BondsUsd;
        kpis[InvestorKpis.PnlUsd] = _statement.PnlUsd;
        kpis[InvestorKpis.IncomeUsd] = _statement.IncomeUsd;
        kpis[InvestorKpis.ReservesUsd] = _reserves;
        kpis[InvestorKpis.MarginCalls] = today.Calls;
        kpis[InvestorKpis.Defaulted] = _defaulted ? 1 : 0;
        kpis[InvestorKpis.Orders] = today.Orders;
        kpis[InvestorKpis.AuctionBidLots] = today.BidLots;
        kpis[InvestorKpis.AllottedLots] = today.Allotted;
        kpis[InvestorKpis.BoughtLots] = today.Bought;
        kpis[InvestorKpis.SoldLots] = today.Sold;
        for (int b = 0; b < _bonds.Length; b++) kpis[InvestorKpis.Names.Count + b] = _bonds[b].Holding;
    }
}
