namespace Twin.Model.Markets.Book;

/// <summary>
/// The exchange's protections the book applies in continuous trading, all off by default (zero or
/// false). Shares are of the reference price's distance from zero in ticks, at least one tick.
/// </summary>
/// <param name="MarketCollar">A market order trades only within this share of the last trade price
/// (or, before any trade, of the best opposite price); its rest beyond the collar is cancelled.</param>
/// <param name="DynamicBand">An order that would trade further than this share from the last trade
/// price trades up to the band and then halts the book: it goes into a call phase (a volatility
/// interruption) with the order's rest resting in it, until the owner uncrosses it (the reopening auction).</param>
/// <param name="PreventSelfTrade">An incoming order that meets a resting order of its own owner is
/// cancelled from there (cancel newest); the resting order stays.</param>
public readonly record struct BookRules(double MarketCollar = 0, double DynamicBand = 0, bool PreventSelfTrade = false)
{
    public static BookRules None => default;

    /// <summary>The distance in ticks a share allows around <paramref name="reference"/>.</summary>
    public static long Ticks(long reference, double share) => Math.Max(1, (long)(Math.Abs(reference) * share));
}
