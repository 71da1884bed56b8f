namespace Twin.Model.Markets.Bonds;

/// <summary>What one bond's day came to, for its KPIs.</summary>
internal struct BondDay
{
    public long OfferedLots;
    public long IssuedLots;
    public long BidLots;
    public double AuctionPrice;
    public int Orders;
    public int Rejected;
    public int Trades;
    public long VolumeLots;
    public double LastPrice;
    public double Coupons;
    public double Redeemed;
    public double RecoveredUsd;
    public int Defaults;
    public double BestBid;
    public double BestAsk;
}
