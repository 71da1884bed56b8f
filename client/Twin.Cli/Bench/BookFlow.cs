using Twin.Model.Markets.Book;
using Twin.Model.Randomness;

namespace Twin.Cli.Bench;

/// <summary>
/// A synthetic order flow resembling a busy exchange book: about half new limit orders (most resting
/// 1 to 16 ticks from the mid, one in eight crossing it), cancels and a few amends of orders resting
/// at that moment, and 10% IOC orders that take liquidity; the mid drifts. The flow is generated
/// against a book of its own, so every cancel and amend names a live order, and the share of new
/// orders leans towards keeping about <see cref="TargetResting"/> orders in the book.
/// </summary>
public static class BookFlow
{
    public const int Owners = 64;

    public const int TargetResting = 5000;

    public static BookFlowOp[] Generate(int count, ulong seed)
    {
        var random = new StreamRandom(seed);
        var oracle = new LimitOrderBook(capacity: 1 << 16);
        var live = new LiveOrders();
        var ops = new BookFlowOp[count];
        int mid = 100_000, nextId = 0;
        for (int i = 0; i < count; i++)
        {
            if (i % 128 == 0) mid += random.Next(3) - 1;
            bool buy = random.Next(2) == 0;
            int roll = random.Next(100);
            int placeShare = live.Count < TargetResting ? 55 : 40;
            if (live.Count < 100 || roll < placeShare)
            {
                int distance = random.Next(8) == 0 ? -random.Next(4) : 1 + random.Next(16);
                ops[i] = new BookFlowOp(BookFlowKind.Place, buy, buy ? mid - distance : mid + distance, 1 + random.Next(20), ++nextId);
            }
            else if (roll < 85)
            {
                ops[i] = new BookFlowOp(BookFlowKind.Cancel, buy, 0, 0, live.Pick(random, out _));
            }
            else if (roll < 90)
            {
                int id = live.Pick(random, out bool bid);
                int distance = 1 + random.Next(16);
                ops[i] = new BookFlowOp(BookFlowKind.Amend, bid, bid ? mid - distance : mid + distance, 1 + random.Next(20), id);
            }
            else
            {
                int price = buy ? mid + 2 + random.Next(4) : mid - 2 - random.Next(4);
                ops[i] = new BookFlowOp(BookFlowKind.Take, buy, price, 1 + random.Next(30), ++nextId);
            }
            Apply(oracle, ops[i]);
            live.Update(oracle, ops[i]);
            oracle.ClearTrades();
        }
        return ops;
    }

    public static int OwnerOf(int orderId) => orderId % Owners;

    /// <summary>Applies one operation to a book (the generator's own book and the measured one run the same code).</summary>
    public static void Apply(LimitOrderBook book, in BookFlowOp op)
    {
        var side = op.Buy ? Side.Buy : Side.Sell;
        int owner = OwnerOf(op.OrderId);
        switch (op.Kind)
        {
            case BookFlowKind.Place:
                book.Submit(OrderRequest.Limit(op.OrderId, owner, side, op.Price, op.Lots));
                break;
            case BookFlowKind.Cancel:
                book.Cancel(op.OrderId, owner);
                break;
            case BookFlowKind.Amend:
                book.Amend(op.OrderId, owner, op.Price, op.Lots);
                break;
            case BookFlowKind.Take:
                book.Submit(OrderRequest.Limit(op.OrderId, owner, side, op.Price, op.Lots, TimeInForce.Ioc));
                break;
        }
    }
}
