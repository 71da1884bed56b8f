using Twin.Model.Markets.Book;

namespace Twin.Model.Tests.Markets;

/// <summary>
/// Applies random operations to a book and checks every rule after each one, keeping its own
/// account of each order's lots (submitted, filled, cancelled) to compare with the book's.
/// </summary>
public sealed class BookLedger
{
    private readonly Dictionary<long, long> _submitted = [];
    private readonly Dictionary<long, long> _filled = [];
    private readonly Dictionary<long, long> _cancelled = [];
    private long _nextId = 1;

    public LimitOrderBook Book { get; } = new();

    public static int OwnerOf(long id) => (int)(id % 5);

    public void Apply(BookOp op)
    {
        var bids = Book.Snapshot(Side.Buy);
        var asks = Book.Snapshot(Side.Sell);
        var counters = Book.Counters;
        Book.ClearTrades();
        switch (op.Kind)
        {
            case BookOpKind.Submit:
                long id = _nextId++;
                var type = op.Market ? OrderType.Market : OrderType.Limit;
                var result = Book.Submit(new OrderRequest(id, OwnerOf(id), op.Side, type, op.Tif, op.Price, op.Lots));
                Assert.True(result.Accepted, $"rejected: {result.Reason}");
                Add(_submitted, id, op.Lots);
                Add(_cancelled, id, result.Cancelled);
                CheckPriority(op.Side == Side.Buy ? asks : bids, op, result.Filled);
                break;
            case BookOpKind.Cancel:
                var resting = bids.Concat(asks).FirstOrDefault(o => o.OrderId == op.Target);
                var outcome = Book.Cancel(op.Target, OwnerOf(op.Target));
                if (resting.Open == 0)
                {
                    // A cancel of an unknown or already filled order: a clear no-op.
                    Assert.Equal(CancelOutcome.NotResting, outcome);
                    Assert.Equal(counters, Book.Counters);
                    Assert.Equal(bids, Book.Snapshot(Side.Buy));
                    Assert.Equal(asks, Book.Snapshot(Side.Sell));
                }
                else
                {
                    Assert.Equal(CancelOutcome.Cancelled, outcome);
                    Add(_cancelled, op.Target, resting.Open);
                }
                break;
            case BookOpKind.Amend:
                Amend(op, bids.Concat(asks).FirstOrDefault(o => o.OrderId == op.Target));
                break;
        }
        foreach (var trade in Book.Trades)
        {
            Add(_filled, trade.BuyOrderId, trade.Quantity);
            Add(_filled, trade.SellOrderId, trade.Quantity);
        }
        CheckNotCrossed(Book);
        CheckConserved();
    }

    /// <summary>Ends the day: Day orders expire, and their open lots count as cancelled.</summary>
    public void ExpireDayOrders()
    {
        var day = Book.Snapshot(Side.Buy).Concat(Book.Snapshot(Side.Sell)).Where(o => o.TimeInForce == TimeInForce.Day).ToList();
        Assert.Equal(day.Sum(o => o.Open), Book.ExpireDayOrders());
        foreach (var order in day) Add(_cancelled, order.OrderId, order.Open);
        Assert.All(Book.Snapshot(Side.Buy).Concat(Book.Snapshot(Side.Sell)), o => Assert.Equal(TimeInForce.Gtc, o.TimeInForce));
    }

    private void Amend(in BookOp op, RestingOrder old)
    {
        var result = Book.Amend(op.Target, OwnerOf(op.Target), op.Price, op.Lots);
        if (old.Open == 0)
        {
            Assert.Equal(RejectReason.NotResting, result.Reason);
            return;
        }
        Assert.True(result.Accepted);
        if (old.Price == op.Price && op.Lots <= old.Open)
        {
            Add(_cancelled, op.Target, old.Open - op.Lots);
            return;
        }
        Add(_cancelled, op.Target, old.Open + result.Cancelled);
        Add(_submitted, op.Target, op.Lots);
    }

    /// <summary>The trades of one incoming order consume the other side's queue in priority order, within its limit.</summary>
    private void CheckPriority(List<RestingOrder> queue, in BookOp op, long filled)
    {
        int next = 0;
        long takenFromNext = 0, total = 0;
        foreach (var trade in Book.Trades)
        {
            var passive = queue[next];
            Assert.Equal(passive.OrderId, trade.PassiveOrderId);
            Assert.Equal(passive.Price, trade.Price);
            if (!op.Market) Assert.True(op.Side == Side.Buy ? trade.Price <= op.Price : trade.Price >= op.Price, "traded through the limit");
            takenFromNext += trade.Quantity;
            total += trade.Quantity;
            if (takenFromNext == passive.Open) (next, takenFromNext) = (next + 1, 0);
        }
        Assert.Equal(filled, total);
    }

    public static void CheckNotCrossed(LimitOrderBook book)
    {
        if (book.TryBestBid(out long bid, out _) && book.TryBestAsk(out long ask, out _))
            Assert.True(bid < ask, $"crossed book: bid {bid} >= ask {ask}");
    }

    /// <summary>For every order, and so in total: submitted = filled + resting + cancelled.</summary>
    public void CheckConserved()
    {
        var resting = Book.Snapshot(Side.Buy).Concat(Book.Snapshot(Side.Sell)).ToDictionary(o => o.OrderId, o => o.Open);
        foreach (var (id, submitted) in _submitted)
            Assert.Equal(submitted, Get(_filled, id) + resting.GetValueOrDefault(id) + Get(_cancelled, id));
        var c = Book.Counters;
        Assert.True(c.Balanced, "the book's own counters do not balance");
        Assert.Equal(_submitted.Values.Sum(), c.Submitted);
        Assert.Equal(_filled.Values.Sum(), c.Filled);
    }

    private static void Add(Dictionary<long, long> ledger, long id, long lots) => ledger[id] = Get(ledger, id) + lots;

    private static long Get(Dictionary<long, long> ledger, long id) => ledger.GetValueOrDefault(id);
}
