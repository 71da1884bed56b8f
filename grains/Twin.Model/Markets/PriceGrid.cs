using Twin.Model.Scenarios;

namespace Twin.Model.Markets;

/// <summary>
/// A market's prices as whole ticks within its floor and cap. Buyers round their limits down and
/// sellers up, so rounding never makes an order more generous than its sender meant.
/// </summary>
public sealed class PriceGrid
{
    /// <summary>Prices stay within an int of ticks, since messages carry them in int slots.</summary>
    private const long Limit = int.MaxValue - 1;

    public PriceGrid(MarketSpec market)
    {
        TickSize = market.TickSize;
        MinTicks = market.PriceFloor is { } floor ? (long)Math.Ceiling(floor / TickSize - 1e-9) : -Limit;
        MaxTicks = market.PriceCap is { } cap ? (long)Math.Floor(cap / TickSize + 1e-9) : Limit;
        MinTicks = Math.Max(MinTicks, -Limit);
        MaxTicks = Math.Min(MaxTicks, Limit);
    }

    public double TickSize { get; }

    public long MinTicks { get; }

    public long MaxTicks { get; }

    public double ToPrice(long ticks) => ticks * TickSize;

    /// <summary>A buy limit: the highest tick at or below the price, within the band.</summary>
    public int BuyTicks(double price) => Clamp(Math.Floor(price / TickSize + 1e-9));

    /// <summary>A sell limit: the lowest tick at or above the price, within the band.</summary>
    public int SellTicks(double price) => Clamp(Math.Ceiling(price / TickSize - 1e-9));

    public int NearestTicks(double price) => Clamp(Math.Round(price / TickSize));

    private int Clamp(double ticks) => (int)Math.Clamp(ticks, MinTicks, MaxTicks);
}
