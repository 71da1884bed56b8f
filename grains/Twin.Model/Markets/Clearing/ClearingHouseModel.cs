using Twin.Model.Kernel;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

/// <summary>
/// The platform's clearing house. Each day it novates the trades the markets executed yesterday
/// (becoming buyer to every seller and seller to every buyer), marks every open position to the
/// settlement price, nets what each participant owes per currency and settles it T+L, matures
/// positions at their tenor, calls margin where equity falls below the initial margin, declares a
/// participant that leaves a call unpaid in default, closes out its positions and covers its losses
/// through the default waterfall. Rules and equations: docs/model.md, "Markets and clearing".
/// </summary>
public sealed partial class ClearingHouseModel : IEntityModel
{
    private readonly int _self;
    private readonly ClearingMarket[] _markets;
    private readonly ClearingBond[] _bonds;
    private readonly BondDeliveries _deliveries = new();
    private BondMarketSpec? _bondMarket;
    private readonly ClearingAccount[] _accounts;
    private readonly Dictionary<int, int> _accountOf = [];
    private readonly SettlementQueue _queue;
    private readonly DefaultWaterfall _waterfall;
    private readonly double[] _feeRevenue = new double[Currencies.Count];
    private readonly string[] _kpiNames;
    private ClearingSpec _spec;
    private FxSpec _fx;
    private double _depositsUsd;
    private int _nextClientId;

    public ClearingHouseModel(EntitySetup setup)
    {
        var scenario = setup.Scenario;
        _spec = scenario.Clearing ?? throw new InvalidOperationException("The scenario has no clearing section.");
        _fx = scenario.Fx ?? throw new InvalidOperationException("The clearing house needs the scenario's fx table.");
        _self = setup.Directory.IndexOf(setup.Entity.Id);
        _markets = scenario.Markets.Select(m => new ClearingMarket(setup.Directory.IndexOf(m.Id), m)).ToArray();
        _bonds = scenario.Bonds.Select(b => new ClearingBond(setup.Directory.IndexOf(b.Id), b)).ToArray();
        _bondMarket = scenario.BondMarket;
        // Trading members and bond investors, in canonical order; investors put nothing into the default fund.
        var members = scenario.Participants.Select(p => (p.Id, p.Cash, Investor: false))
            .Concat(scenario.Investors.Select(v => (v.Id, v.Cash, Investor: true)))
            .OrderBy(m => setup.Directory.IndexOf(m.Id)).ToArray();
        _accounts = members.Select(m => new ClearingAccount(setup.Directory.IndexOf(m.Id), false, scenario.Markets, _bonds.Length, m.Investor))
            .Append(new ClearingAccount(_self, true, scenario.Markets, _bonds.Length))
            .ToArray();
        for (int i = 0; i < members.Length; i++)
        {
            var account = _accounts[i];
            _accountOf[account.Entity] = i;
            foreach (var c in Currencies.All) account.Cash[(int)c] = members[i].Cash[c];
            account.DefaultFundUsd = members[i].Investor ? 0 : _spec.DefaultFundContributionUsd;
            account.DepositsUsd = account.CashUsd(_fx) + account.DefaultFundUsd;
            _depositsUsd += account.DepositsUsd;
        }
        _queue = new SettlementQueue(_accounts.Length + 2);
        _waterfall = new DefaultWaterfall(_spec.SkinInTheGameUsd, _spec.CapitalUsd);
        _depositsUsd += _spec.SkinInTheGameUsd + _spec.CapitalUsd;
        _kpiNames = [.. ClearingKpis.Names, .. scenario.Markets.Select(m => ClearingKpis.OpenInterestPrefix + m.Id)];
    }

    public IReadOnlyList<string> KpiNames => _kpiNames;

    /// <summary>The accounts, participants in canonical order and the house last (for tests and summaries).</summary>
    public IReadOnlyList<ClearingAccount> Accounts => _accounts;

    public DefaultWaterfall Waterfall => _waterfall;

    private ClearingAccount House => _accounts[^1];

    public void Rebind(Scenario scenario)
    {
        _spec = scenario.Clearing!;
        _fx = scenario.Fx!;
        foreach (var market in _markets)
            market.Spec = scenario.Markets.First(m => m.Id == market.Spec.Id);
        foreach (var bond in _bonds)
            bond.Spec = scenario.Bonds.First(b => b.Id == bond.Spec.Id);
        _bondMarket = scenario.BondMarket;
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        int day = context.Day;
        var today = new ClearingDay();
        Read(inbox, ref today);
        for (int k = 0; k < _markets.Length; k++)
            if (_markets[k].Data is { } data) Clear(k, data, day - 1, ref today);
        ClearBonds(day - 1, ref today);
        // Closed: trades are still novated and marked, but nothing settles, nothing is paid and no call goes out.
        if (!context.Closed)
        {
            Settle(day, ref today);
            PayHolders(day, ref today);
        }
        AbsorbHouseResult();
        Review(day, !context.Closed, outbox, ref today);
        CloseOut(day, outbox);
        SendStatements(outbox);
        Record(kpis, today);
    }

    /// <summary>Everything the clearing house and its members hold, in US dollars: equals the deposits while the exchange rates stay put.</summary>
    public double CashTotalUsd()
    {
        double total = _waterfall.TotalUsd;
        for (int row = 0; row < _queue.Rows; row++) total += _queue.PendingUsd(row, _fx);
        foreach (var a in _accounts) total += a.CashUsd(_fx) + a.CollateralUsd + a.DefaultFundUsd;
        foreach (var c in Currencies.All) total += _feeRevenue[(int)c] * _fx.UsdPer(c);
        return total;
    }

    public double DepositsUsd => _depositsUsd;

    /// <summary>Fees collected so far, in US dollars.</summary>
    public double FeeRevenueUsd => Currencies.All.Sum(c => _feeRevenue[(int)c] * _fx.UsdPer(c));

    private void Read(ReadOnlySpan<Message> inbox, ref ClearingDay today)
    {
        foreach (var market in _markets)
        {
            market.Data = null;
            market.Trades.Clear();
        }
        foreach (var bond in _bonds) bond.Trades.Clear();
        foreach (ref readonly var m in inbox)
        {
            switch (m.Kind)
            {
                case MessageKind.TradeReport when MarketOf(m.From) is { } market:
                    market.Trades.Add(TradeReportMessage.From(m));
                    break;
                case MessageKind.TradeReport when BondOf(m.From) is { } bond:
                    bond.Trades.Add(TradeReportMessage.From(m));
                    break;
                case MessageKind.BondData when BondOf(m.From) is { } bond:
                    var data = Bonds.BondDataMessage.From(m);
                    (bond.Status, bond.Close, bond.Accrued) = (data.Status, data.Close, data.Accrued);
                    break;
                case MessageKind.BondDefault when BondOf(m.From) is { } bond:
                    var notice = Bonds.BondDefaultMessage.From(m);
                    (bond.DefaultDay, bond.RecoveryRate) = (notice.Day, notice.RecoveryRate);
                    break;
                case MessageKind.MarketData when MarketOf(m.From) is { } market:
                    market.Data = MarketDataMessage.From(m);
                    break;
                case MessageKind.MarginPayment when _accountOf.TryGetValue(m.From, out int i):
                    Pay(_accounts[i], MarginPaymentMessage.From(m), ref today);
                    break;
            }
        }
    }

    private ClearingMarket? MarketOf(int entity)
    {
        foreach (var market in _markets)
            if (market.Entity == entity) return market;
        return null;
    }
}
