namespace Twin.Model.Markets.Book;

/// <summary>
/// Lots the book has accounted for since it was built. Every accepted lot ends up filled, resting or
/// cancelled, so <c>Submitted == Filled + Resting + Cancelled</c> always holds. Filled counts each
/// order's side of a trade, so a trade of q lots adds 2q.
/// </summary>
public struct BookCounters
{
    public long Submitted;
    public long Filled;
    public long Cancelled;
    public long Resting;
    public long Rejected;
    public long Trades;
    public long TradedLots;

    /// <summary>Volatility interruptions: orders the dynamic band stopped, putting the book in a call phase.</summary>
    public long Halts;

    /// <summary>Incoming orders cut short by self-trade prevention (their rest is counted as cancelled).</summary>
    public long SelfTradeCancels;

    public readonly bool Balanced => Submitted == Filled + Resting + Cancelled;
}
