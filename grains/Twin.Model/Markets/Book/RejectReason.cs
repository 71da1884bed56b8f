namespace Twin.Model.Markets.Book;

/// <summary>Why the book refused an order or an amend.</summary>
public enum RejectReason : byte
{
    None,

    /// <summary>Quantity below one lot.</summary>
    BadQuantity,

    /// <summary>Limit price outside the market's floor and cap.</summary>
    PriceOutOfBand,

    /// <summary>An order with this id is already resting.</summary>
    DuplicateOrderId,

    /// <summary>IOC and FOK need immediate matching, which a call phase does not do.</summary>
    ImmediateOrderDuringCall,

    /// <summary>An amend named an order that is not resting (never sent, or already filled, expired or cancelled).</summary>
    NotResting,

    /// <summary>An amend named someone else's order.</summary>
    NotOwner,

    /// <summary>Market orders (which rest only during a call) can be cancelled but not amended.</summary>
    MarketOrderNotAmendable,
}
