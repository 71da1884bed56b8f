using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds;

/// <summary>
/// One offshore bond. Before its issue day it waits; on it, the investors' bids meet the issue in a
/// uniform-price auction (<see cref="UniformPriceAuction"/>) with a reserve at the issuer's fair
/// yield plus its largest concession; from the next day to the day before maturity it trades on its
/// own order book in arrival order, quoted in clean price. Trades go to the clearing house, which
/// settles them T+1 delivery versus payment and pays coupons and the face to holders on schedule.
/// The issuer's default clock runs from day 0; a default stops trading and payments until the
/// recovery. Rules and equations: docs/model.md, "Offshore bonds".
/// </summary>
public sealed partial class BondModel : IEntityModel
{
    private readonly string _id;
    private readonly int _self;
    private readonly int _clearing;
    private readonly int[] _investors;
    private readonly BondSchedule _schedule;
    private readonly ArrivalClock _arrivals;
    private readonly IssuerDefaultClock _issuerClock;
    private readonly LimitOrderBook _book;
    private readonly SortedSet<int> _suspended = [];
    private BondSpec _spec = null!;
    private IssuerSpec _issuer = null!;
    private BondMarketSpec _market = null!;
    private CurveSpec _curveSpec = null!;
    private double _usdPer;
    private NelsonSiegel _curve;
    private BondStatus _status;
    private double _close = double.NaN;
    private long _outstandingLots;
    private int _defaultDay = -1;

    public BondModel(EntitySetup setup)
    {
        var scenario = setup.Scenario;
        _id = setup.Entity.Id;
        _self = setup.Directory.IndexOf(_id);
        _clearing = setup.Directory.IndexOf((scenario.Clearing ?? throw new InvalidOperationException("Bonds need a clearing house.")).Id);
        Rebind(scenario);
        _schedule = new BondSchedule(_spec);
        // Investors in the order the scenario lists them, then the clearing house: never by id.
        var senders = scenario.Investors.Select(i => setup.Directory.IndexOf(i.Id)).ToArray();
        _investors = senders.Order().ToArray();
        _arrivals = new ArrivalClock(setup.Stream("arrival"), [.. senders, _clearing]);
        // The issuer's stream is keyed by the issuer, so every bond of the issuer draws the same threshold.
        _issuerClock = new IssuerDefaultClock(RandomStreams.Create(setup.Seed, setup.Replication, "issuer/" + _spec.Issuer, "default"));
        _book = new LimitOrderBook(minPrice: 1, maxPrice: (long)Math.Round(300 / _market.TickSize), capacity: 64);
        _curve = new NelsonSiegel(_curveSpec.Level + _curveSpec.ShockBp / 1e4, _curveSpec.Slope, _curveSpec.Curvature, _curveSpec.DecayYears);
    }

    public IReadOnlyList<string> KpiNames => BondKpis.Names;

    public BondStatus Status => _status;

    public BondSchedule Schedule => _schedule;

    public void Rebind(Scenario scenario)
    {
        _spec = scenario.Bonds.First(b => b.Id == _id);
        _issuer = scenario.Issuers.First(i => i.Id == _spec.Issuer);
        _market = scenario.BondMarket ?? throw new InvalidOperationException("Bonds need the bondMarket section.");
        _curveSpec = scenario.Curves.First(c => c.Currency == _spec.Currency);
        _usdPer = scenario.Fx?.UsdPer(_spec.Currency) ?? 1.0;
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        int day = context.Day;
        _arrivals.Draw();
        _book.ClearTrades();
        var today = new BondDay();
        Read(inbox);
        if (_status == BondStatus.Announced && day > _schedule.IssueDay) _status = BondStatus.Retired; // its auction day was closed
        // Payments follow the status at the end of yesterday: an issuer that defaults today has made today's payments.
        Pay(day, ref today);
        if (_issuerClock.Advance(_market.Ratings[_issuer.Rating])) OnIssuerDefault(day, outbox, ref today);
        if (_status == BondStatus.Announced && day == _schedule.IssueDay && !context.Closed) Auction(day, inbox, outbox, ref today);
        else if (_status == BondStatus.Trading && _schedule.Trades(day) && !context.Closed) Trade(inbox, outbox, ref today);
        else today.Rejected = CountOrders(inbox);
        Publish(day, outbox, ref today);
        Record(kpis, day, context.Closed, today);
    }

    private void Read(ReadOnlySpan<Message> inbox)
    {
        foreach (ref readonly var m in inbox)
        {
            if (m.Kind == MessageKind.CurveQuote) _curve = CurveQuoteMessage.From(m).Curve(_curveSpec.DecayYears);
            else if (m.Kind == MessageKind.DefaultNotice && m.From == _clearing) Suspend(DefaultNoticeMessage.From(m).Participant);
        }
    }

    /// <summary>The issuer is in default: an issue not yet sold is cancelled; an outstanding one stops trading and paying until the recovery.</summary>
    private void OnIssuerDefault(int day, Outbox outbox, ref BondDay today)
    {
        if (_status == BondStatus.Announced) _status = BondStatus.Retired;
        if (_status != BondStatus.Trading) return;
        _status = BondStatus.Defaulted;
        _defaultDay = day;
        today.Defaults = 1;
        CancelAll();
        new BondDefaultMessage(day, _market.RecoveryRate).Send(outbox, _clearing);
    }

    /// <summary>What happens to the face on its dates: coupons, the redemption, or the recovery after a default (the clearing house pays the holders).</summary>
    private void Pay(int day, ref BondDay today)
    {
        double face = _outstandingLots * _market.LotFace;
        if (_status == BondStatus.Trading && _schedule.IsCouponDay(day)) today.Coupons = face * _schedule.CouponPer100 / 100;
        if (_status == BondStatus.Trading && day == _schedule.MaturityDay)
        {
            (today.Redeemed, _status, _outstandingLots) = (face, BondStatus.Retired, 0);
            CancelAll();
        }
        if (_status == BondStatus.Defaulted && day == _defaultDay + _market.RecoveryDays)
            (today.RecoveredUsd, _status, _outstandingLots) = (face * _market.RecoveryRate * _usdPer, BondStatus.Retired, 0);
    }

    private double Spread => _market.Ratings[_issuer.Rating].SpreadBp / 1e4;

    private double Tick => _market.TickSize;
}
