namespace Twin.Model.Markets.Book;

/// <summary>
/// Walks the candidate auction prices (every limit price in the book) from lowest to highest, with
/// the demand (bids at or above the price, market bids included) and supply (asks at or below it,
/// market asks included) at each. One pass over both sides' sorted levels, no allocation.
/// </summary>
internal struct AuctionCandidates
{
    private readonly BookSide _bids;
    private readonly BookSide _asks;
    private readonly int _bidEnd;
    private int _bid;
    private int _ask;
    private long _demand;
    private long _supply;
    private bool _bidAtPrice;

    public AuctionCandidates(BookSide bids, BookSide asks)
    {
        _bids = bids;
        _asks = asks;
        _bidEnd = bids.Count;
        if (_bidEnd > 0 && bids[_bidEnd - 1].Key == long.MaxValue) MarketBuy = bids[--_bidEnd].Quantity;
        int askEnd = asks.Count;
        if (askEnd > 0 && asks[askEnd - 1].Key == long.MaxValue) MarketSell = asks[--askEnd].Quantity;
        _demand = MarketBuy;
        for (int i = 0; i < _bidEnd; i++) _demand += bids[i].Quantity;
        _supply = MarketSell;
        _ask = askEnd - 1; // asks are stored by minus price: walking down the array walks prices up
    }

    public long MarketBuy { get; }

    public long MarketSell { get; }

    public long Price { get; private set; }

    public long Demand { get; private set; }

    public long Supply { get; private set; }

    public readonly long Volume => Math.Min(Demand, Supply);

    public readonly long Imbalance => Demand - Supply;

    public bool MoveNext()
    {
        // Bids at the previous candidate do not reach any higher price.
        if (_bidAtPrice) _demand -= _bids[_bid++].Quantity;
        if (_bid >= _bidEnd && _ask < 0) return false;
        long bidPrice = _bid < _bidEnd ? _bids[_bid].Key : long.MaxValue;
        long askPrice = _ask >= 0 ? -_asks[_ask].Key : long.MaxValue;
        Price = Math.Min(bidPrice, askPrice);
        if (askPrice == Price) _supply += _asks[_ask--].Quantity;
        _bidAtPrice = bidPrice == Price;
        Demand = _demand;
        Supply = _supply;
        return true;
    }
}
