namespace Twin.Model.Markets.Book;

public sealed partial class LimitOrderBook
{
    /// <summary>Starts a call phase: orders rest without matching until <see cref="Uncross"/>.</summary>
    public void BeginCall() => Phase = BookPhase.Call;

    /// <summary>
    /// Ends the call: executes every crossing order at one auction price (see
    /// <see cref="AuctionPricing"/>) in price-time priority, cancels market orders left over, and
    /// returns to continuous trading. The book is never crossed afterwards.
    /// </summary>
    /// <param name="referencePrice">Ticks for the tie-break; the last trade price when null.</param>
    public AuctionResult Uncross(long? referencePrice = null)
    {
        var result = AuctionPricing.Find(_bids, _asks, referencePrice ?? LastTradePrice);
        if (result.Traded) ExecuteAuction(result.Price);
        CancelMarketOrders(_bids);
        CancelMarketOrders(_asks);
        Phase = BookPhase.Continuous;
        return result;
    }

    private void ExecuteAuction(long price)
    {
        while (_bids.Count > 0 && _asks.Count > 0)
        {
            ref var bid = ref _bids.Best;
            ref var ask = ref _asks.Best;
            if (bid.Key < price || ask.Key < -price) break;
            ref var buyer = ref _nodes[bid.Head];
            ref var seller = ref _nodes[ask.Head];
            long lots = Math.Min(buyer.Open, seller.Open);
            Record(Side.Buy, buyer.Id, buyer.Owner, seller.Id, seller.Owner, price, lots, auction: true);
            buyer.Open -= lots;
            seller.Open -= lots;
            bid.Quantity -= lots;
            ask.Quantity -= lots;
            _counters.Filled += 2 * lots;
            _counters.Resting -= 2 * lots;
            if (buyer.Open == 0) PopHead(_bids, ref bid);
            if (seller.Open == 0) PopHead(_asks, ref ask);
        }
    }

    /// <summary>Removes the filled order at the head of the best level (and the level if it empties).</summary>
    private void PopHead(BookSide side, ref PriceLevel level)
    {
        int slot = level.Head;
        Unlink(ref level, ref _nodes[slot]);
        _index.Remove(_nodes[slot].Id);
        Release(slot);
        if (level.Orders == 0) side.RemoveBest();
    }

    private void CancelMarketOrders(BookSide side)
    {
        while (side.Count > 0 && side.Best.Key == long.MaxValue)
            _counters.Cancelled += Remove(side.Best.Head);
    }
}
