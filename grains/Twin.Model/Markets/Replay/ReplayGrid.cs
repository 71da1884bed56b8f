using System.Globalization;

namespace Twin.Model.Markets.Replay;

/// <summary>
/// The tick and lot sizes of a replay, in decimals so that "70.05" is exactly 7,005 ticks of 0.01
/// and prices print back exactly as they were written.
/// </summary>
public sealed record ReplayGrid(decimal TickSize, decimal LotSize)
{
    public static readonly ReplayGrid Default = new(0.01m, 1m);

    public bool TryTicks(decimal price, out long ticks)
    {
        decimal t = price / TickSize;
        bool whole = decimal.Truncate(t) == t && Math.Abs(t) <= long.MaxValue / 4;
        ticks = whole ? (long)t : 0;
        return whole;
    }

    public bool TryLots(decimal quantity, out long lots)
    {
        decimal l = quantity / LotSize;
        bool whole = decimal.Truncate(l) == l && l >= 1 && l <= int.MaxValue;
        lots = whole ? (long)l : 0;
        return whole;
    }

    public string Price(long ticks) => (ticks * TickSize).ToString(CultureInfo.InvariantCulture);

    public string Quantity(long lots) => (lots * LotSize).ToString(CultureInfo.InvariantCulture);
}
