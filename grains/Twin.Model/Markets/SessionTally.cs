using Twin.Model.Markets.Book;

namespace Twin.Model.Markets;

/// <summary>What a market's trading day added up to.</summary>
internal struct SessionTally
{
    public int Orders;
    public int Cancels;
    public int Rejected;
    public long VolumeLots;
    public double Notional;
    public double PriceVolume;
    public int Trades;
    public double LastPrice;
    public int Halts;
    public int PositionLimitRejects;
    public AuctionResult Closing;
}
