namespace Twin.Model.Markets.Book;

/// <summary>
/// A resting order: a slot of the book's node array, linked into its price level's FIFO queue by
/// slot numbers (no object per order, nothing for the collector to trace).
/// </summary>
internal struct OrderNode
{
    public long Id;

    /// <summary>The level key: the price for bids, minus the price for asks, <see cref="long.MaxValue"/> for market orders.</summary>
    public long Key;

    public long Open;
    public long Sequence;
    public int Owner;
    public int Prev;
    public int Next;
    public Side Side;
    public TimeInForce TimeInForce;
    public bool IsMarket;
}
