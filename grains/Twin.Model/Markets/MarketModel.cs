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
        double fundamental = _fundamental.Value;
        _book.ClearTrades();
        var tally = new SessionTally();
        var auction = AuctionResult.None;
        ReadNotices(inbox);
        if (context.Closed) tally.Rejected = CountOrders(inbox);
        else auction = Trade(inbox, ref tally);
        Report(outbox, ref tally);

        bool hasBid = _book.TryBestBid(out long bid, out long bidLots);
        bool hasAsk = _book.TryBestAsk(out long ask, out long askLots);
        kpis[MarketKpis.RestingOrders] = _book.OrderCount;
        _book.ExpireDayOrders();

        double previous = _close;
        double bidPrice = hasBid ? _grid.ToPrice(bid) : double.NaN;
        double askPrice = hasAsk ? _grid.ToPrice(ask) : double.NaN;
        _close = SettlementPrice(tally.Trades > 0 ? tally.LastPrice : previous, bidPrice, askPrice);
        _statistics.AddClose(previous, _close);
        var data = new MarketDataMessage(context.Day, (int)Math.Min(tally.VolumeLots, int.MaxValue), tally.Trades, fundamental, _close, bidPrice, askPrice);
        foreach (int participant in _subscribers) data.Send(outbox, participant);
        data.Send(outbox, _clearing);
        foreach (int town in _buyingTowns) CommodityPriceCodec.Send(outbox, town, _close / _spec.Fundamental.Start);

        kpis[MarketKpis.Fundamental] = fundamental;
        kpis[MarketKpis.Close] = _close;
        kpis[MarketKpis.Vwap] = tally.VolumeLots > 0 ? tally.PriceVolume / tally.VolumeLots : double.NaN;
        kpis[MarketKpis.VolumeLots] = tally.VolumeLots;
        kpis[MarketKpis.Notional] = tally.Notional;
        kpis[MarketKpis.NotionalUsd] = tally.Notional * _usdPerUnit;
        kpis[MarketKpis.Trades] = tally.Trades;
        kpis[MarketKpis.AuctionPrice] = auction.Traded ? _grid.ToPrice(auction.Price) : double.NaN;
        kpis[MarketKpis.AuctionLots] = auction.Volume;
        kpis[MarketKpis.BestBid] = bidPrice;
        kpis[MarketKpis.BestAsk] = askPrice;
        kpis[MarketKpis.Spread] = askPrice - bidPrice;
        kpis[MarketKpis.SpreadBps] = (askPrice - bidPrice) / _statistics.Scale((askPrice + bidPrice) / 2) * 1e4;
        kpis[MarketKpis.DepthBidLots] = hasBid ? bidLots : 0;
        kpis[MarketKpis.DepthAskLots] = hasAsk ? askLots : 0;
        kpis[MarketKpis.RealisedVolatility] = _statistics.RealisedVolatility;
        kpis[MarketKpis.TrackingError] = _statistics.TrackingError(_close, fundamental);
        kpis[MarketKpis.Orders] = tally.Orders;
        kpis[MarketKpis.Cancels] = tally.Cancels;
        kpis[MarketKpis.RejectedOrders] = tally.Rejected;
        kpis[MarketKpis.Closed] = context.Closed ? 1 : 0;
    }

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
