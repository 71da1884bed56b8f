namespace Twin.Model.Markets.Book;

/// <summary>An order resting in the book, as a snapshot or checkpoint sees it.</summary>
/// <param name="Price">In ticks.</param>
/// <param name="Open">Lots still open.</param>
/// <param name="Sequence">Arrival number: the time part of price-time priority.</param>
public readonly record struct RestingOrder(long OrderId, int Owner, Side Side, long Price, long Open, long Sequence, TimeInForce TimeInForce, bool IsMarket);
