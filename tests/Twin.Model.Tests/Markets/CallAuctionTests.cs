using Twin.Model.Markets.Book;

namespace Twin.Model.Tests.Markets;

/// <summary>The opening call auction on examples worked by hand (candidate prices, demand, supply).</summary>
public sealed class CallAuctionTests
{
    private readonly LimitOrderBook _book = new();

    public CallAuctionTests() => _book.BeginCall();

    [Fact]
    public void The_auction_trades_at_the_price_that_executes_the_most()
    {
        // price:   99  100  101  102
        // demand:  12   12    7    3
        // supply:   2    6   12   12
        // volume:   2    6    7    3   -> 101
        Bid(1, 102, 3); Bid(2, 101, 4); Bid(3, 100, 5);
        Ask(4, 99, 2); Ask(5, 100, 4); Ask(6, 101, 6);

        var result = _book.Uncross();

        Assert.Equal(new AuctionResult(true, 101, 7, -5), result);
        Assert.Equal(
            [(1L, 4L, 2L), (1L, 5L, 1L), (2L, 5L, 3L), (2L, 6L, 1L)],
            _book.Trades.ToArray().Select(t => (t.BuyOrderId, t.SellOrderId, t.Quantity)));
        Assert.All(_book.Trades.ToArray(), t => Assert.True(t.Auction && t.Price == 101));
        Assert.Equal([(3L, 5L)], _book.Snapshot(Side.Buy).Select(o => (o.OrderId, o.Open)));
        Assert.Equal([(6L, 5L)], _book.Snapshot(Side.Sell).Select(o => (o.OrderId, o.Open)));
        Assert.Equal(BookPhase.Continuous, _book.Phase);
    }

    [Fact]
    public void On_equal_volume_the_smallest_surplus_wins()
    {
        // 100: demand 6, supply 4 (volume 4, surplus 2); 102: demand 4, supply 7 (volume 4, surplus 3).
        Bid(1, 102, 4); Bid(2, 100, 2);
        Ask(3, 100, 4); Ask(4, 102, 3);
        Assert.Equal(new AuctionResult(true, 100, 4, 2), _book.Uncross());
    }

    [Fact]
    public void With_buyers_left_over_at_every_tied_price_the_highest_price_wins()
    {
        Bid(1, 103, 10); Ask(2, 100, 3);
        Assert.Equal(new AuctionResult(true, 103, 3, 7), _book.Uncross(referencePrice: 100));
    }

    [Fact]
    public void With_sellers_left_over_at_every_tied_price_the_lowest_price_wins()
    {
        Bid(1, 103, 3); Ask(2, 100, 10);
        Assert.Equal(new AuctionResult(true, 100, 3, -7), _book.Uncross(referencePrice: 103));
    }

    [Theory]
    [InlineData(101L, 101L)] // inside the tied range [98, 102]: the reference price itself (Xetra, Euronext)
    [InlineData(99L, 99L)]
    [InlineData(102L, 102L)]
    [InlineData(200L, 102L)] // above the range: its highest price
    [InlineData(50L, 98L)]   // below: its lowest
    public void With_no_surplus_the_reference_price_wins_when_it_lies_in_the_tied_range_else_the_nearest_end(long reference, long expected)
    {
        Bid(1, 102, 5); Ask(2, 98, 5);
        Assert.Equal(new AuctionResult(true, expected, 5, 0), _book.Uncross(reference));
        Assert.All(_book.Trades.ToArray(), t => Assert.Equal(expected, t.Price));
    }

    [Fact]
    public void The_reference_price_inside_the_range_reports_the_surplus_there_and_no_reference_means_the_lowest()
    {
        // 100 and 103 execute 4 and leave 2 bid, 104 executes 4 and leaves 2 offered: no market pressure,
        // so the reference 102 (inside 100 to 104) is the price, and there the demand is 6, the supply 4.
        Bid(1, 104, 4); Bid(2, 103, 2); Ask(3, 100, 4); Ask(4, 104, 2);
        Assert.Equal(new AuctionResult(true, 102, 4, 2), _book.Uncross(referencePrice: 102));

        var book = new LimitOrderBook();
        book.BeginCall();
        book.Submit(OrderRequest.Limit(1, 1, Side.Buy, 104, 5));
        book.Submit(OrderRequest.Limit(2, 2, Side.Sell, 100, 5));
        Assert.Equal(100, book.Uncross().Price);
    }

    [Fact]
    public void Market_orders_take_part_and_their_unfilled_rest_is_cancelled()
    {
        _book.Submit(OrderRequest.Market(1, 1, Side.Buy, 10, TimeInForce.Day));
        Ask(2, 100, 5); Ask(3, 101, 10);
        Assert.Equal(new AuctionResult(true, 101, 10, -5), _book.Uncross());
        Assert.Equal([(2L, 5L), (3L, 5L)], _book.Trades.ToArray().Select(t => (t.SellOrderId, t.Quantity)));

        var book = new LimitOrderBook();
        book.BeginCall();
        book.Submit(OrderRequest.Market(1, 1, Side.Buy, 5, TimeInForce.Day));
        book.Submit(OrderRequest.Market(2, 2, Side.Sell, 3, TimeInForce.Day));
        Assert.Equal(new AuctionResult(true, 100, 3, 2), book.Uncross(referencePrice: 100));
        Assert.Equal(0, book.OrderCount);
        Assert.True(book.Counters.Balanced);
    }

    [Fact]
    public void A_book_that_does_not_cross_gives_no_auction_and_immediate_orders_wait_for_continuous_trading()
    {
        Bid(1, 99, 5); Ask(2, 100, 5);
        Assert.Equal(RejectReason.ImmediateOrderDuringCall, _book.Submit(OrderRequest.Limit(3, 1, Side.Buy, 100, 1, TimeInForce.Ioc)).Reason);
        Assert.Equal(AuctionResult.None, _book.Uncross());
        Assert.Equal(2, _book.OrderCount);
        Assert.Equal(OrderOutcome.RemainderCancelled, _book.Submit(OrderRequest.Limit(3, 1, Side.Buy, 100, 7, TimeInForce.Ioc)).Outcome);
    }

    private void Bid(long id, long price, long lots) => Assert.True(_book.Submit(OrderRequest.Limit(id, (int)id, Side.Buy, price, lots)).Accepted);

    private void Ask(long id, long price, long lots) => Assert.True(_book.Submit(OrderRequest.Limit(id, (int)id, Side.Sell, price, lots)).Accepted);
}
