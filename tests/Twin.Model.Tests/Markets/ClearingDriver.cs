using Twin.Model.Kernel;
using Twin.Model.Markets.Clearing;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Markets;

/// <summary>Steps a clearing house day by day with hand-made inboxes (trades, market data, payments) and keeps what it sent.</summary>
public sealed class ClearingDriver
{
    private readonly Outbox _outbox = new();
    private readonly List<Message> _inbox = [];
    private int _day;

    public ClearingDriver(Scenario scenario)
    {
        Scenario = scenario;
        var setup = PlatformScenario.Setup(scenario, scenario.Clearing!.Id);
        Directory = setup.Directory;
        Model = new ClearingHouseModel(setup);
        Kpis = new double[Model.KpiNames.Count];
    }

    public Scenario Scenario { get; }

    public EntityDirectory Directory { get; }

    public ClearingHouseModel Model { get; }

    public double[] Kpis { get; }

    public Message[] Sent { get; private set; } = [];

    public int Index(string id) => Directory.IndexOf(id);

    public ClearingAccount Account(string id) => Model.Accounts.First(a => a.Entity == Index(id));

    public double Kpi(string name) => Kpis[Model.KpiNames.ToList().IndexOf(name)];

    public ClearingDriver Trade(string market, string buyer, string seller, int lots, double price)
    {
        var grid = new Twin.Model.Markets.PriceGrid(Scenario.Markets.First(m => m.Id == market));
        _inbox.Add(new Message(Index(market), Index(Scenario.Clearing!.Id), _inbox.Count, MessageKind.TradeReport,
            Index(buyer), Index(seller), lots, grid.NearestTicks(price), D0: price));
        return this;
    }

    /// <summary>Every market's close for the trade day being cleared (markets not named keep their start price).</summary>
    public ClearingDriver Close(string market, double close)
    {
        _inbox.Add(new Message(Index(market), Index(Scenario.Clearing!.Id), _inbox.Count, MessageKind.MarketData,
            _day - 1, 0, 0, 0, close, close, double.NaN, double.NaN));
        return this;
    }

    public ClearingDriver Pay(string member, double usd)
    {
        _inbox.Add(new Message(Index(member), Index(Scenario.Clearing!.Id), _inbox.Count, MessageKind.MarginPayment, D0: usd));
        return this;
    }

    /// <summary>Steps one day with the messages queued since the last step (in canonical order).</summary>
    public ClearingDriver Step()
    {
        var inbox = _inbox.ToArray();
        CanonicalOrder.Sort(inbox);
        _outbox.Begin(Index(Scenario.Clearing!.Id));
        Array.Clear(Kpis);
        Model.Step(new StepContext(_day, Scenario.Start.AddDays(_day), false), inbox, _outbox, Kpis);
        Sent = _outbox.ToArray();
        _inbox.Clear();
        _day++;
        return this;
    }
}
