using System.Globalization;

namespace Twin.Model.Markets.Replay;

/// <summary>
/// The tick and lot sizes of a replay and its price band, in decimals so that "70.05" is exactly
/// 7,005 ticks of 0.01 and prices print back exactly as they were written. The band is the one the
/// book enforces (`--floor`, `--cap`; by default the book's own limits, ±10¹² ticks), so a price the
/// file check accepts is never refused at run time.
/// </summary>
public sealed record ReplayGrid(decimal TickSize, decimal LotSize, decimal? Floor = null, decimal? Cap = null)
{
    /// <summary>The book's default band, in ticks either side of zero.</summary>
    public const long DefaultBandTicks = 1_000_000_000_000;

    /// <summary>An order's lots travel in an int (as in the twin's messages).</summary>
    public const long MaxLots = int.MaxValue;

    public static readonly ReplayGrid Default = new(0.01m, 1m);

    public decimal LowestPrice => Floor ?? -DefaultBandTicks * TickSize;

    public decimal HighestPrice => Cap ?? DefaultBandTicks * TickSize;

    public long MinTicks => (long)decimal.Ceiling(LowestPrice / TickSize);

    public long MaxTicks => (long)decimal.Floor(HighestPrice / TickSize);

    /// <summary>The price in ticks, or why it cannot be one: off the tick grid, or outside the band (checked first, so a huge number never overflows).</summary>
    public string? PriceProblem(string text, decimal price, out long ticks)
    {
        ticks = 0;
        if (price < LowestPrice) return $"price {text} is below the lowest price {Bound(LowestPrice, Floor is null ? null : "--floor")}";
        if (price > HighestPrice) return $"price {text} is above the highest price {Bound(HighestPrice, Cap is null ? null : "--cap")}";
        decimal t = price / TickSize;
        if (decimal.Truncate(t) != t) return $"price {text} is not a multiple of the tick size {Show(TickSize)}";
        ticks = (long)t;
        return null;
    }

    /// <summary>The quantity in lots, or why it cannot be: not a whole number of lots, or more lots than an order can hold.</summary>
    public string? LotsProblem(string text, decimal quantity, out long lots)
    {
        lots = 0;
        // Compared before dividing, so a quantity of 30 digits never overflows.
        if (quantity > MaxLots * LotSize)
            return $"quantity {text} is more than the largest order, {MaxLots.ToString("N0", CultureInfo.InvariantCulture)} lots of {Show(LotSize)}";
        decimal l = quantity / LotSize;
        if (decimal.Truncate(l) != l || l < 1) return $"quantity {text} is not a whole number of lots of {Show(LotSize)}";
        lots = (long)l;
        return null;
    }

    public string Price(long ticks) => (ticks * TickSize).ToString(CultureInfo.InvariantCulture);

    public string Quantity(long lots) => (lots * LotSize).ToString(CultureInfo.InvariantCulture);

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bound(decimal value, string? option) =>
        option is null ? $"the book takes ({Show(value)}; set a band with --floor and --cap)" : $"{Show(value)} ({option})";
}
