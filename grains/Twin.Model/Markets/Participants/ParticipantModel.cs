using MathNet.Numerics.Distributions;
using Twin.Model.Kernel;
using Twin.Model.Markets.Fundamentals;
using Twin.Model.Markets.Messages;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Participants;

/// <summary>
/// A member of the trading platform. Each day it reads yesterday's fills, market data and its
/// clearing statement, meets any margin call from its reserves, and sends the orders its role's
/// strategy chooses in each of its markets (they reach the books tomorrow). A defaulted member stops
/// trading; a closed one (a `close` intervention) sends no orders but still meets its calls.
/// </summary>
public sealed partial class ParticipantModel : IEntityModel
{
    private readonly string _id;
    private readonly int _clearing;
    private readonly MarketSlot[] _slots;
    private readonly StreamRandom _views;
    private readonly StreamRandom _signals;
    private readonly ITradingStrategy _strategy;
    private readonly string[] _kpiNames;
    private ParticipantSpec _spec = null!;
    private StatementMessage _statement;
    private double _reserves;
    private bool _defaulted;
    private int _nextClientId;

    public ParticipantModel(EntitySetup setup)
    {
        var scenario = setup.Scenario;
        _id = setup.Entity.Id;
        _spec = scenario.Participants.First(p => p.Id == _id);
        _clearing = setup.Directory.IndexOf((scenario.Clearing ?? throw new InvalidOperationException("Participants need a clearing house.")).Id);
        _slots = _spec.Markets
            .Select(m => new MarketSlot(scenario.Markets.First(x => x.Id == m.Id), setup.Directory.IndexOf(m.Id), m.Lots))
            .ToArray();
        _views = setup.Stream("views");
        _signals = setup.Stream("signals");
        _reserves = _spec.ReservesUsd;
        _strategy = _spec.Role switch
        {
            ParticipantRole.Producer => new HedgerStrategy(-1),
            ParticipantRole.Consumer => new HedgerStrategy(+1),
            ParticipantRole.MarketMaker => new MarketMakerStrategy(),
            _ => new SpeculatorStrategy(),
        };
        _kpiNames = [.. ParticipantKpis.Names, .. _spec.Markets.Select(m => ParticipantKpis.PositionPrefix + m.Id)];
    }

    public IReadOnlyList<string> KpiNames => _kpiNames;

    public void Rebind(Scenario scenario)
    {
        _spec = scenario.Participants.First(p => p.Id == _id);
        for (int i = 0; i < _slots.Length; i++)
            _slots[i].Rebind(scenario.Markets.First(m => m.Id == _spec.Markets[i].Id), _spec.Markets[i].Lots);
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        int day = context.Day;
        foreach (var slot in _slots) slot.FilledToday = 0;
        int calls = Read(inbox, outbox);
        int orders = 0;
        foreach (var slot in _slots)
        {
            // Yesterday's fills are in; if yesterday was an expiry day, the contract is settled.
            if (ContractCalendar.IsExpiry(day - 1, slot.Spec.ContractDays)) slot.Position = 0;
            long inFlight = slot.InFlight;
            slot.InFlight = 0;
            // Drawn every day, traded or not, so the streams stay aligned across what-ifs.
            double viewNoise = Normal.Sample(_views, 0, 1);
            double signalNoise = Normal.Sample(_signals, 0, 1);
            if (_defaulted || context.Closed) continue;
            var view = ViewOf(slot, day, inFlight, viewNoise);
            var sink = new OrderSink(outbox, slot, () => ++_nextClientId);
            _strategy.Decide(view, _spec.Strategy, signalNoise, sink);
            orders += sink.Sent;
        }
        Record(kpis, orders, calls);
    }

    private TradingView ViewOf(MarketSlot slot, int day, long inFlight, double noise)
    {
        var last = slot.Last;
        // Orders sent today trade tomorrow: two days after the fundamental in yesterday's market data.
        double expected = FundamentalForecast.Expected(slot.Spec, last.Fundamental, day + 1 - last.Day);
        double value = expected + _spec.Strategy.ViewNoise * slot.Scale(expected) * noise;
        // Today's orders trade tomorrow: after tonight's expiry, if today is one, nothing is left.
        long position = ContractCalendar.IsExpiry(day, slot.Spec.ContractDays) ? 0 : slot.Position + (_strategy.CountsOrdersInFlight ? inFlight : 0);
        int lots = _spec.Role == ParticipantRole.Consumer ? slot.LotsFollowing(_spec.Strategy.ConsumptionWeight) : slot.Lots;
        return new TradingView(value, last.Close, slot.Scale(value), position, lots,
            slot.Momentum(_spec.Strategy.MomentumDays), _statement.Status == AccountStatus.Called);
    }

    private void Record(Span<double> kpis, int orders, int calls)
    {
        kpis[ParticipantKpis.EquityUsd] = _statement.EquityUsd;
        kpis[ParticipantKpis.InitialMarginUsd] = _statement.InitialMarginUsd;
        kpis[ParticipantKpis.PnlUsd] = _statement.PnlUsd;
        kpis[ParticipantKpis.FeesUsd] = _statement.FeesUsd;
        kpis[ParticipantKpis.ReservesUsd] = _reserves;
        kpis[ParticipantKpis.MarginCalls] = calls;
        kpis[ParticipantKpis.Defaulted] = _defaulted ? 1 : 0;
        kpis[ParticipantKpis.Orders] = orders;
        long filled = 0;
        for (int i = 0; i < _slots.Length; i++)
        {
            filled += _slots[i].FilledToday;
            kpis[ParticipantKpis.Names.Count + i] = _slots[i].Position;
        }
        kpis[ParticipantKpis.FilledLots] = filled;
    }
}
