using Twin.Model.Markets.Book;

namespace Twin.Model.Tests.Markets;

/// <summary>Hand-worked sequences with the trades and book worked out on paper.</summary>
public sealed class OrderBookTests
{
    private readonly LimitOrderBook _book = new();

    [Fact]
    public void A_crossing_limit_order_trades_at_the_resting_price_best_level_first_oldest_first()
    {
        Sell(1, owner: 1, price: 101, lots: 5);
        Sell(2, owner: 2, price: 100, lots: 3);
        Sell(3, owner: 3, price: 100, lots: 4);
        var result = Buy(4, owner: 9, price: 101, lots: 10);

        Assert.Equal(OrderOutcome.Filled, result.Outcome);
        Assert.Equal(
            [(2L, 100L, 3L), (3L, 100L, 4L), (1L, 101L, 3L)],
            _book.Trades.ToArray().Select(t => (t.SellOrderId, t.Price, t.Quantity)));
        Assert.True(_book.TryBestAsk(out long ask, out long lots));
        Assert.Equal((101L, 2L), (ask, lots));
        Assert.False(_book.TryBestBid(out _, out _));
    }

    [Fact]
    public void The_unfilled_rest_of_a_limit_order_rests_at_its_limit()
    {
        Sell(1, owner: 1, price: 100, lots: 3);
        var result = Buy(2, owner: 2, price: 102, lots: 5);
        Assert.Equal(new SubmitResult(OrderOutcome.PartiallyFilled, 3, 2, 0), result);
        Assert.True(_book.TryBestBid(out long bid, out long lots));
        Assert.Equal((102L, 2L), (bid, lots));
    }

    [Fact]
    public void A_market_order_sweeps_levels_and_never_rests()
    {
        Buy(1, owner: 1, price: 99, lots: 2);
        Buy(2, owner: 1, price: 98, lots: 2);
        var result = _book.Submit(OrderRequest.Market(3, 2, Side.Sell, 6, TimeInForce.Day));
        Assert.Equal(new SubmitResult(OrderOutcome.RemainderCancelled, 4, 0, 2), result);
        Assert.Equal([99L, 98L], _book.Trades.ToArray().Select(t => t.Price));
        Assert.Equal(0, _book.OrderCount);
    }

    [Fact]
    public void Ioc_cancels_its_rest_and_fok_fills_completely_or_not_at_all()
    {
        Sell(1, owner: 1, price: 100, lots: 5);
        var ioc = _book.Submit(OrderRequest.Limit(2, 2, Side.Buy, 100, 8, TimeInForce.Ioc));
        Assert.Equal(new SubmitResult(OrderOutcome.RemainderCancelled, 5, 0, 3), ioc);

        Sell(3, owner: 1, price: 100, lots: 5);
        var killed = _book.Submit(OrderRequest.Limit(4, 2, Side.Buy, 100, 6, TimeInForce.Fok));
        Assert.Equal(new SubmitResult(OrderOutcome.Killed, 0, 0, 6), killed);
        Assert.True(_book.IsResting(3));
        var filled = _book.Submit(OrderRequest.Limit(5, 2, Side.Buy, 100, 5, TimeInForce.Fok));
        Assert.Equal(OrderOutcome.Filled, filled.Outcome);
    }

    [Fact]
    public void Reducing_an_order_keeps_its_place_but_raising_it_or_moving_the_price_sends_it_to_the_back()
    {
        Sell(1, owner: 1, price: 100, lots: 5);
        Sell(2, owner: 2, price: 100, lots: 5);
        Assert.Equal(OrderOutcome.Rested, _book.Amend(1, 1, 100, 4).Outcome);
        Buy(3, owner: 9, price: 100, lots: 1);
        Assert.Equal(1, _book.Trades[^1].SellOrderId);

        Assert.True(_book.Amend(1, 1, 100, 6).Accepted);
        Buy(4, owner: 9, price: 100, lots: 1);
        Assert.Equal(2, _book.Trades[^1].SellOrderId);
    }

    [Fact]
    public void An_amend_that_crosses_trades_at_once()
    {
        Buy(1, owner: 1, price: 99, lots: 3);
        Sell(2, owner: 2, price: 101, lots: 3);
        var result = _book.Amend(2, 2, 99, 3);
        Assert.Equal(OrderOutcome.Filled, result.Outcome);
        Assert.Equal((1L, 2L, 99L, 3L), (_book.Trades[0].BuyOrderId, _book.Trades[0].SellOrderId, _book.Trades[0].Price, _book.Trades[0].Quantity));
    }

    [Fact]
    public void Cancels_of_unknown_filled_or_foreign_orders_change_nothing_and_say_why()
    {
        Sell(1, owner: 1, price: 100, lots: 2);
        Buy(2, owner: 2, price: 100, lots: 2);
        Sell(3, owner: 1, price: 105, lots: 2);
        var before = _book.Counters;

        Assert.Equal(CancelOutcome.NotResting, _book.Cancel(1, 1));
        Assert.Equal(CancelOutcome.NotResting, _book.Cancel(77, 1));
        Assert.Equal(CancelOutcome.NotOwner, _book.Cancel(3, 2));
        Assert.Equal(before, _book.Counters);
        Assert.True(_book.IsResting(3));
        Assert.Equal(CancelOutcome.Cancelled, _book.Cancel(3, 1));
        Assert.False(_book.IsResting(3));
    }

    [Fact]
    public void Orders_outside_the_band_with_no_lots_or_a_resting_id_are_rejected()
    {
        var book = new LimitOrderBook(minPrice: -10_000, maxPrice: 150_000);
        Assert.Equal(RejectReason.PriceOutOfBand, book.Submit(OrderRequest.Limit(1, 1, Side.Buy, 150_001, 1)).Reason);
        Assert.True(book.Submit(OrderRequest.Limit(2, 1, Side.Sell, -10_000, 1)).Accepted);
        Assert.Equal(RejectReason.BadQuantity, book.Submit(OrderRequest.Limit(3, 1, Side.Buy, 100, 0)).Reason);
        Assert.Equal(RejectReason.DuplicateOrderId, book.Submit(OrderRequest.Limit(2, 1, Side.Sell, 100, 1)).Reason);
    }

    [Fact]
    public void Day_orders_expire_at_the_end_of_the_day_and_gtc_orders_stay()
    {
        Buy(1, owner: 1, price: 99, lots: 2);
        _book.Submit(OrderRequest.Limit(2, 1, Side.Buy, 99, 3, TimeInForce.Gtc));
        Sell(3, owner: 2, price: 101, lots: 4);
        Assert.Equal(6, _book.ExpireDayOrders());
        Assert.Equal([2L], _book.Snapshot(Side.Buy).Select(o => o.OrderId));
        Assert.Empty(_book.Snapshot(Side.Sell));
        Assert.True(_book.Counters.Balanced);
    }

    [Fact]
    public void A_checkpointed_book_continues_exactly_like_the_original()
    {
        Sell(1, owner: 1, price: 100, lots: 5);
        Sell(2, owner: 2, price: 100, lots: 5);
        Buy(3, owner: 3, price: 98, lots: 4);
        var copy = new LimitOrderBook();
        using (var stream = new MemoryStream())
        {
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) _book.WriteState(writer);
            stream.Position = 0;
            copy.ReadState(new BinaryReader(stream));
        }
        _book.ClearTrades();
        foreach (var book in new[] { _book, copy })
            book.Submit(OrderRequest.Limit(9, 9, Side.Buy, 100, 7));
        Assert.Equal(_book.Trades.ToArray(), copy.Trades.ToArray());
        Assert.Equal(_book.Snapshot(Side.Buy), copy.Snapshot(Side.Buy));
        Assert.Equal(_book.Snapshot(Side.Sell), copy.Snapshot(Side.Sell));
        Assert.Equal(_book.Counters, copy.Counters);
    }

    private SubmitResult Buy(long id, int owner, long price, long lots) => _book.Submit(OrderRequest.Limit(id, owner, Side.Buy, price, lots));

    private SubmitResult Sell(long id, int owner, long price, long lots) => _book.Submit(OrderRequest.Limit(id, owner, Side.Sell, price, lots));
}
