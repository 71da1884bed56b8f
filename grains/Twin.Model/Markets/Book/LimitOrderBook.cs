namespace Twin.Model.Markets.Book;

/// <summary>
/// A central limit order book for one instrument, in whole ticks and lots: limit and market orders,
/// cancel and amend, price-time priority, IOC and FOK, and a call phase uncrossed by an auction at
/// the volume-maximising price. Orders live in an array of structs linked into price levels; the
/// hot path (submit, cancel, match) allocates nothing once the arrays have grown to the book's size.
/// The rules are in docs/model.md ("Markets and clearing").
/// </summary>
public sealed partial class LimitOrderBook
{
    private readonly BookSide _bids = new(Side.Buy);
    private readonly BookSide _asks = new(Side.Sell);
    private readonly OrderIndex _index;
    private readonly TradeLog _trades = new();
    private long _minPrice;
    private long _maxPrice;
    private OrderNode[] _nodes;
    private int _free = -1;
    private int _used;
    private BookCounters _counters;
    private long _sequence;
    private long _tradeSequence;
    private long _lastTradePrice;
    private bool _hasTraded;
    private bool _selfTradeStopped;

    /// <param name="minPrice">Lowest accepted limit price in ticks (a market's floor); may be negative.</param>
    /// <param name="maxPrice">Highest accepted limit price in ticks (a market's cap).</param>
    /// <param name="capacity">Resting orders the arrays hold before they first grow.</param>
    public LimitOrderBook(long minPrice = -1_000_000_000_000, long maxPrice = 1_000_000_000_000, int capacity = 1024)
    {
        if (minPrice > maxPrice) throw new ArgumentException($"The price floor {minPrice} is above the cap {maxPrice}.");
        _minPrice = minPrice;
        _maxPrice = maxPrice;
        _nodes = new OrderNode[Math.Max(16, capacity)];
        _index = new OrderIndex(Math.Max(16, capacity));
    }

    public BookPhase Phase { get; private set; }

    /// <summary>Market collar, dynamic band and self-trade prevention; off unless set.</summary>
    public BookRules Rules { get; set; }

    /// <summary>Changes the accepted price range for orders from now on; resting orders stay.</summary>
    public void SetBand(long minPrice, long maxPrice)
    {
        if (minPrice > maxPrice) throw new ArgumentException($"The price floor {minPrice} is above the cap {maxPrice}.");
        (_minPrice, _maxPrice) = (minPrice, maxPrice);
    }

    public BookCounters Counters => _counters;

    /// <summary>Trades since the last <see cref="ClearTrades"/>, in execution order.</summary>
    public ReadOnlySpan<Trade> Trades => _trades.Items;

    public void ClearTrades() => _trades.Clear();

    /// <summary>Orders resting now.</summary>
    public int OrderCount => _index.Count;

    /// <summary>The price of the last trade (ticks), if any trade happened.</summary>
    public long? LastTradePrice => _hasTraded ? _lastTradePrice : null;

    public bool IsResting(long orderId) => _index.TryGet(orderId, out _);

    public bool TryBestBid(out long price, out long quantity) => TryBest(_bids, out price, out quantity);

    public bool TryBestAsk(out long price, out long quantity) => TryBest(_asks, out price, out quantity);

    private static bool TryBest(BookSide side, out long price, out long quantity)
    {
        for (int i = side.Count - 1; i >= 0; i--)
        {
            ref var level = ref side[i];
            if (level.Key == long.MaxValue) continue; // market orders of a call have no price
            price = side.PriceOf(level.Key);
            quantity = level.Quantity;
            return true;
        }
        price = quantity = 0;
        return false;
    }

    private BookSide SideOf(Side side) => side == Side.Buy ? _bids : _asks;
}
