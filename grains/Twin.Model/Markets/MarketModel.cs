using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Fundamentals;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets;

/// <summary>
/// One commodity's market: each day its fundamental moves, the orders that arrived (sent
/// yesterday) meet in an opening call auction and then in continuous trading in arrival order
/// (<see cref="ArrivalClock"/>),
/// and the market reports trades to the clearing house, fills to their owners and the day's prices
/// to everyone trading it. Rules and equations: docs/model.md, "Markets and clearing".
/// </summary>
public sealed partial class MarketModel : IEntityModel, IObservationAware
{
    private readonly string _id;
    private readonly int _clearing;
    private readonly int[] _subscribers;
    private readonly EntityDirectory _directory;
    private int[] _buyingTowns = [];
    private readonly FundamentalProcess _fundamental;
    private readonly LimitOrderBook _book;
    private readonly MarketStatistics _statistics;
    private readonly ArrivalClock _arrivals;
    private readonly ContractConvergence _convergence;
    private readonly SortedSet<int> _suspended = [];
    private MarketSpec _spec = null!;
    private PriceGrid _grid = null!;
    private double _usdPerUnit;
    private double _close;

    public MarketModel(EntitySetup setup)
    {
        var scenario = setup.Scenario;
        _id = setup.Entity.Id;
        _directory = setup.Directory;
        _clearing = setup.Directory.IndexOf((scenario.Clearing ?? throw new InvalidOperationException("Markets need a clearing house.")).Id);
        _subscribers = scenario.Participants
            .Where(p => p.Markets.Any(m => m.Id == _id))
            .Select(p => setup.Directory.IndexOf(p.Id))
            .Order()
            .ToArray();
        // Members in the order the scenario lists them, then the clearing house (its close-outs): never by id.
        var senders = scenario.Participants.Where(p => p.Markets.Any(m => m.Id == _id)).Select(p => setup.Directory.IndexOf(p.Id)).Append(_clearing).ToArray();
        _arrivals = new ArrivalClock(setup.Stream("arrival"), senders);
        var spec = scenario.Markets.First(m => m.Id == _id);
        _fundamental = FundamentalProcess.Create(spec, setup.Stream("diffusion"), setup.Stream("jumps"));
        _book = new LimitOrderBook(capacity: 256);
        _statistics = new MarketStatistics(spec.Fundamental.Start);
        _convergence = new ContractConvergence(spec.Fundamental.Start);
        _close = spec.Fundamental.Start;
        Rebind(scenario);
    }

    public IReadOnlyList<string> KpiNames => MarketKpis.Names;

    /// <summary>The book, for tests and summaries (valid between steps).</summary>
    public LimitOrderBook Book => _book;

    public void Rebind(Scenario scenario)
    {
        _spec = scenario.Markets.First(m => m.Id == _id);
        _grid = new PriceGrid(_spec);
        _book.SetBand(_grid.MinTicks, _grid.MaxTicks);
        _book.Rules = new BookRules(_spec.Rules.MarketCollar, _spec.Rules.DynamicBand, _spec.Rules.SelfTradePrevention);
        _fundamental.Rebind(_spec);
        _usdPerUnit = scenario.Fx?.UsdPer(_spec.Currency) ?? 1.0;
        // Sectors are shared by every town: if any sector buys this commodity, every town hears its price.
        _buyingTowns = Sectors.All.Any(s => scenario.Sectors[s].Inputs.Any(i => i.Id == _id))
            ? scenario.Towns.Select(t => _directory.IndexOf(t.Id)).Order().ToArray()
            : [];
    }

    public void Step(in StepContext context, ReadOnlySpan<Message> inbox, Outbox outbox, Span<double> kpis)
    {
        if (context.Day > 0) _fundamental.Advance();
        _arrivals.Draw();
        var day = new MarketDay { Fundamental = _fundamental.Value, Closed = context.Closed };
        _book.ClearTrades();
        _tradesSeen = 0;
        long selfTradeCancels = _book.Counters.SelfTradeCancels;
        ReadNotices(inbox);
        if (context.Closed) day.Tally.Rejected = CountOrders(inbox);
        else day.Auction = Trade(inbox, ref day.Tally);
        Report(outbox, ref day.Tally);
        day.SelfTradeCancels = _book.Counters.SelfTradeCancels - selfTradeCancels;

        day.HasBid = _book.TryBestBid(out long bid, out day.BidLots);
        day.HasAsk = _book.TryBestAsk(out long ask, out day.AskLots);
        day.Resting = _book.OrderCount;
        _book.ExpireDayOrders();

        double previous = _close;
        day.BidPrice = day.HasBid ? _grid.ToPrice(bid) : double.NaN;
        day.AskPrice = day.HasAsk ? _grid.ToPrice(ask) : double.NaN;
        // A closing auction that trades sets the settlement price; otherwise the last trade within the best prices left.
        day.Last = day.Tally.Closing.Traded ? _grid.ToPrice(day.Tally.Closing.Price)
            : SettlementPrice(day.Tally.Trades > 0 ? day.Tally.LastPrice : previous, day.BidPrice, day.AskPrice);
        // An expiring contract settles against the spot index, not against its own trades.
        day.Expiry = ContractCalendar.IsExpiry(context.Day, _spec.ContractDays);
        _close = day.Expiry ? FinalSettlement(day.Fundamental) : day.Last;
        if (day.Expiry) _positions.Clear();
        _statistics.AddClose(previous, _close);
        day.Vwap = day.Tally.VolumeLots > 0 ? day.Tally.PriceVolume / day.Tally.VolumeLots : double.NaN;
        (day.HedgeEffectiveness, day.HedgeWeight) = _convergence.Add(day.Fundamental, double.IsNaN(day.Vwap) ? day.Last : day.Vwap, _close, day.Expiry);
        var data = new MarketDataMessage(context.Day, (int)Math.Min(day.Tally.VolumeLots, int.MaxValue), day.Tally.Trades, day.Fundamental, _close, day.BidPrice, day.AskPrice);
        foreach (int participant in _subscribers) data.Send(outbox, participant);
        data.Send(outbox, _clearing);
        foreach (int town in _buyingTowns) CommodityPriceCodec.Send(outbox, town, _close / _spec.Fundamental.Start);
        Record(kpis, day);
    }

    /// <summary>
    /// The final settlement price of an expiring contract: the spot index (the day's fundamental)
    /// on the tick grid, so it lies within half a tick of spot (and within the band).
    /// </summary>
    public double FinalSettlement(double spot) => _grid.ToPrice(_grid.NearestTicks(spot));

    /// <summary>
    /// The day's close, which is also the settlement price: the last trade (or the previous close if
    /// nothing traded), moved up to the best bid or down to the best ask left at the end of the day
    /// if it lies outside them, so a market without trades still follows its standing orders.
    /// </summary>
    public static double SettlementPrice(double last, double bestBid, double bestAsk)
    {
        if (!double.IsNaN(bestBid) && last < bestBid) return bestBid;
        if (!double.IsNaN(bestAsk) && last > bestAsk) return bestAsk;
        return last;
    }

    /// <summary>The book's key for a participant's order: the sender's index and its own order number.</summary>
    public static long OrderIdOf(int owner, int clientId) => ((long)owner << 32) | (uint)clientId;

    private static int ClientIdOf(long orderId) => (int)(orderId & 0xFFFF_FFFF);

    /// <summary>
    /// An observed close (a trade or a quote of the real platform) becomes the settlement price
    /// members see, and pulls the fundamental towards it by the market's observation weight.
    /// </summary>
    public void Nudge(string kpi, int day, double simulated, double observed)
    {
        if (kpi != "close" || !double.IsFinite(observed)) return;
        _close = observed;
        _fundamental.Assimilate(observed, _spec.ObservationWeight);
    }
}
