namespace Twin.Model.Markets.Book;

public sealed partial class LimitOrderBook
{
    /// <summary>
    /// Takes liquidity from the other side, best level first and oldest order first within a level,
    /// while the level's key reaches <paramref name="threshold"/>. Trades at the resting order's price.
    /// With self-trade prevention it stops at the owner's own resting order. Returns the lots filled.
    /// </summary>
    private long Match(long id, int owner, Side side, long threshold, long quantity)
    {
        var book = side == Side.Buy ? _asks : _bids;
        var nodes = _nodes; // no node is allocated while matching, so the array stays the same
        long remaining = quantity;
        bool preventSelfTrade = Rules.PreventSelfTrade;
        while (remaining > 0 && book.Count > 0 && !_selfTradeStopped)
        {
            ref var level = ref book.Best;
            if (level.Key < threshold) break;
            long price = book.PriceOf(level.Key);
            int slot = level.Head;
            while (slot >= 0)
            {
                ref var passive = ref nodes[slot];
                if (preventSelfTrade && passive.Owner == owner)
                {
                    _selfTradeStopped = true;
                    break;
                }
                long lots = Math.Min(remaining, passive.Open);
                Record(side, id, owner, passive.Id, passive.Owner, price, lots, auction: false);
                passive.Open -= lots;
                level.Quantity -= lots;
                remaining -= lots;
                if (passive.Open > 0) break;
                int next = passive.Next;
                _index.Remove(passive.Id);
                Release(slot);
                level.Orders--;
                slot = next;
                if (remaining == 0) break;
            }
            level.Head = slot;
            if (slot >= 0) nodes[slot].Prev = -1;
            else level.Tail = -1;
            if (level.Orders == 0) book.RemoveBest();
        }
        long filled = quantity - remaining;
        _counters.Filled += 2 * filled;
        _counters.Resting -= filled;
        return filled;
    }

    /// <summary>
    /// Whether the other side holds at least <paramref name="quantity"/> lots within the threshold (for
    /// FOK), counting with self-trade prevention only the lots before the owner's own first order.
    /// </summary>
    private bool CanFill(Side side, long threshold, long quantity, int owner)
    {
        var book = side == Side.Buy ? _asks : _bids;
        long available = 0;
        for (int i = book.Count - 1; i >= 0 && book[i].Key >= threshold; i--)
        {
            if (!Rules.PreventSelfTrade) available += book[i].Quantity;
            else
                for (int slot = book[i].Head; slot >= 0; slot = _nodes[slot].Next)
                {
                    if (_nodes[slot].Owner == owner) return available >= quantity;
                    available += _nodes[slot].Open;
                }
            if (available >= quantity) return true;
        }
        return false;
    }

    private void Record(Side aggressor, long aggressorId, int aggressorOwner, long passiveId, int passiveOwner, long price, long lots, bool auction)
    {
        bool buy = aggressor == Side.Buy;
        _trades.Add(new Trade(
            ++_tradeSequence,
            buy ? aggressorId : passiveId,
            buy ? passiveId : aggressorId,
            buy ? aggressorOwner : passiveOwner,
            buy ? passiveOwner : aggressorOwner,
            price, lots, aggressor, auction));
        _counters.Trades++;
        _counters.TradedLots += lots;
        _lastTradePrice = price;
        _hasTraded = true;
    }
}
