namespace Twin.Model.Markets.Book;

/// <summary>What an uncrossing did: the auction price (ticks), the lots executed, and the surplus left at that price.</summary>
/// <param name="Imbalance">Demand minus supply at the auction price (positive: buyers left over).</param>
public readonly record struct AuctionResult(bool Traded, long Price, long Volume, long Imbalance)
{
    public static readonly AuctionResult None = new(false, 0, 0, 0);
}
