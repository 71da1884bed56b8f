namespace Twin.Model.Markets.Book;

/// <summary>A new order as the book receives it, in whole ticks and lots.</summary>
/// <param name="OrderId">Unique among the orders the book has ever rested; amends and cancels refer to it.</param>
/// <param name="Owner">Who sent it (the sender's entity index in a run, a name's number in a replay).</param>
/// <param name="Price">Limit price in ticks; ignored for market orders.</param>
/// <param name="Quantity">Lots; must be at least 1.</param>
public readonly record struct OrderRequest(
    long OrderId,
    int Owner,
    Side Side,
    OrderType Type,
    TimeInForce TimeInForce,
    long Price,
    long Quantity)
{
    public static OrderRequest Limit(long id, int owner, Side side, long price, long quantity, TimeInForce tif = TimeInForce.Day) =>
        new(id, owner, side, OrderType.Limit, tif, price, quantity);

    public static OrderRequest Market(long id, int owner, Side side, long quantity, TimeInForce tif = TimeInForce.Ioc) =>
        new(id, owner, side, OrderType.Market, tif, 0, quantity);
}
