namespace Twin.Model.Markets.Book;

public sealed partial class LimitOrderBook
{
    /// <summary>How far a market order may go: unlimited, or to the collar around the last trade (the best opposite price before any).</summary>
    private long CollarThreshold(Side side)
    {
        if (Rules.MarketCollar <= 0) return long.MinValue;
        var other = side == Side.Buy ? _asks : _bids;
        long reference;
        if (_hasTraded) reference = _lastTradePrice;
        else if (other.Count > 0 && other.Best.Key != long.MaxValue) reference = other.PriceOf(other.Best.Key);
        else return long.MinValue;
        long collar = BookRules.Ticks(reference, Rules.MarketCollar);
        return side == Side.Buy ? -(reference + collar) : reference - collar;
    }

    /// <summary>How far any order may trade before the book halts: the dynamic band around the last trade price.</summary>
    private long BandThreshold(Side side)
    {
        if (Rules.DynamicBand <= 0 || !_hasTraded) return long.MinValue;
        long band = BookRules.Ticks(_lastTradePrice, Rules.DynamicBand);
        return side == Side.Buy ? -(_lastTradePrice + band) : _lastTradePrice - band;
    }

    /// <summary>Whether the other side still holds a level the order would take (keys reaching <paramref name="threshold"/>).</summary>
    private bool Crosses(Side side, long threshold)
    {
        var other = side == Side.Buy ? _asks : _bids;
        return other.Count > 0 && other.Best.Key >= threshold;
    }

    /// <summary>
    /// A volatility interruption: the band stopped an order that would have traded further. The book
    /// enters a call phase; the order's rest waits in it (an IOC or FOK rest is cancelled, since a
    /// call does not match), and the reopening auction is the owner's <see cref="Uncross"/>.
    /// </summary>
    private SubmitResult Halt(in OrderRequest order, long filled, long rest, bool market)
    {
        _counters.Halts++;
        Phase = BookPhase.Call;
        if (order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok)
        {
            _counters.Cancelled += rest;
            return new SubmitResult(OrderOutcome.RemainderCancelled, filled, 0, rest);
        }
        Rest(order, market ? long.MaxValue : SideOf(order.Side).KeyOf(order.Price), rest);
        return new SubmitResult(filled == 0 ? OrderOutcome.Rested : OrderOutcome.PartiallyFilled, filled, rest, 0);
    }

    /// <summary>Lots <paramref name="owner"/> has resting on one side (for a position limit's worst case).</summary>
    public long OpenLotsOf(int owner, Side side)
    {
        var book = SideOf(side);
        long open = 0;
        for (int i = 0; i < book.Count; i++)
            for (int slot = book[i].Head; slot >= 0; slot = _nodes[slot].Next)
                if (_nodes[slot].Owner == owner) open += _nodes[slot].Open;
        return open;
    }

    /// <summary>The side and open lots of a resting order.</summary>
    public bool TryGetResting(long orderId, out Side side, out long open)
    {
        bool resting = _index.TryGet(orderId, out int slot);
        (side, open) = resting ? (_nodes[slot].Side, _nodes[slot].Open) : (Side.Buy, 0L);
        return resting;
    }
}
