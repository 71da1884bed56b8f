using Twin.Model.Markets.Book;

namespace Twin.Model.Markets;

/// <summary>What one market's trading day came to, gathered for its KPIs.</summary>
internal struct MarketDay
{
    public double Fundamental;
    public bool Closed;
    public SessionTally Tally;
    public AuctionResult Auction;
    public bool HasBid;
    public bool HasAsk;
    public long BidLots;
    public long AskLots;
    public double BidPrice;
    public double AskPrice;
    public int Resting;

    /// <summary>The traded close: the last trade within the best bid and offer left.</summary>
    public double Last;

    public double Vwap;
    public bool Expiry;
    public double HedgeEffectiveness;
    public double HedgeWeight;
    public long SelfTradeCancels;
}
