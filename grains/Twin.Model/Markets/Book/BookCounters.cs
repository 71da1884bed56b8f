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

    public readonly bool Balanced => Submitted == Filled + Resting + Cancelled;
}
