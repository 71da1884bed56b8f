namespace Twin.Model.Markets.Bonds.Investors;

/// <summary>What one investor's day came to.</summary>
internal struct InvestorDay
{
    public int Calls;
    public int Orders;
    public long BidLots;
    public long Allotted;
    public long Bought;
    public long Sold;

    /// <summary>Dollars spent on today's fills (negative for sales), not yet in the statement's cash.</summary>
    public double FilledUsd;

    /// <summary>Dollars committed to today's buy orders and bids.</summary>
    public double CommittedUsd;
}
