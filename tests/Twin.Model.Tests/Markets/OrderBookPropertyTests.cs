using CsCheck;
using Twin.Model.Markets.Book;

namespace Twin.Model.Tests.Markets;

/// <summary>
/// Random order streams (CsCheck shrinks any failure to a short stream): after every operation the
/// book is not crossed, fills follow price-time priority, every lot is accounted for, and cancels of
/// orders that do not rest change nothing.
/// </summary>
public sealed class OrderBookPropertyTests
{
    [Fact]
    public void Random_order_streams_keep_every_rule_after_every_operation() =>
        BookOp.Any.Array[1, 200].Sample(ops =>
        {
            var ledger = new BookLedger();
            foreach (var op in ops) ledger.Apply(op);
            ledger.ExpireDayOrders();
            ledger.CheckConserved();
        }, iter: 400);

    [Fact]
    public void The_call_auction_executes_the_largest_possible_volume_and_leaves_the_book_uncrossed() =>
        BookOp.CallOrder.Array[1, 60].Sample(ops =>
        {
            var book = new LimitOrderBook();
            book.BeginCall();
            long id = 0;
            foreach (var op in ops)
            {
                var type = op.Market ? OrderType.Market : OrderType.Limit;
                Assert.True(book.Submit(new OrderRequest(++id, (int)id, op.Side, type, TimeInForce.Day, op.Price, op.Lots)).Accepted);
            }
            var result = book.Uncross(referencePrice: BookOp.Mid);

            Assert.Equal(MostExecutable(ops), result.Volume);
            Assert.Equal(result.Volume, book.Trades.ToArray().Sum(t => t.Quantity));
            Assert.All(book.Trades.ToArray(), t => Assert.Equal(result.Price, t.Price));
            BookLedger.CheckNotCrossed(book);
            Assert.True(book.Counters.Balanced);
            Assert.DoesNotContain(book.Snapshot(Side.Buy).Concat(book.Snapshot(Side.Sell)), o => o.IsMarket);
        }, iter: 400);

    /// <summary>Brute force: the largest min(demand, supply) over every limit price (or the reference, for market orders only).</summary>
    private static long MostExecutable(BookOp[] ops)
    {
        var prices = ops.Where(o => !o.Market).Select(o => o.Price).Distinct().ToList();
        if (prices.Count == 0) prices.Add(BookOp.Mid);
        return prices.Max(p => Math.Min(
            ops.Where(o => o.Side == Side.Buy && (o.Market || o.Price >= p)).Sum(o => o.Lots),
            ops.Where(o => o.Side == Side.Sell && (o.Market || o.Price <= p)).Sum(o => o.Lots)));
    }
}
