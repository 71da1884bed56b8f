namespace Twin.Model.Markets;

/// <summary>
/// The yardstick relative price moves and offsets are measured against: max(|price|, 10% of the
/// market's start price), so they stay finite and sensible when an electricity price nears or
/// crosses zero.
/// </summary>
public static class PriceScale
{
    public static double Of(double price, double startPrice) => Math.Max(Math.Abs(price), Math.Abs(startPrice) * 0.1);
}
