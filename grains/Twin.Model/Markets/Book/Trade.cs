namespace Twin.Model.Markets.Book;

/// <summary>One execution between a buy and a sell order, at one price, for whole lots.</summary>
/// <param name="Sequence">The book's trade number, from 1.</param>
/// <param name="Price">In ticks.</param>
/// <param name="Aggressor">The side whose arrival caused the trade; meaningless when <paramref name="Auction"/>.</param>
/// <param name="Auction">True when the trade came from a call auction at the uniform auction price.</param>
public readonly record struct Trade(
    long Sequence,
    long BuyOrderId,
    long SellOrderId,
    int Buyer,
    int Seller,
    long Price,
    long Quantity,
    Side Aggressor,
    bool Auction)
{
    /// <summary>The resting (passive) order of a continuous trade.</summary>
    public long PassiveOrderId => Aggressor == Side.Buy ? SellOrderId : BuyOrderId;
}
