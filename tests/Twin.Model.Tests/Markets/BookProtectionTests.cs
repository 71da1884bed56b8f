using Twin.Model.Markets.Book;

namespace Twin.Model.Tests.Markets;

/// <summary>The book's protections (market collar, dynamic band with a halt and reopening auction, self-trade prevention), worked by hand.</summary>
public sealed class BookProtectionTests
{
    private readonly LimitOrderBook _book = new();

    [Fact]
    public void A_market_order_trades_only_within_its_collar_of_the_last_trade_and_the_rest_is_cancelled()
    {
        Trade(price: 100);
        _book.Rules = new BookRules(MarketCollar: 0.05);
        Sell(10, owner: 1, price: 103, lots: 2);
        Sell(11, owner: 2, price: 105, lots: 2);
        Sell(12, owner: 3, price: 106, lots: 2);
        // Collar: 100 + 5% = 105. The levels at 103 and 105 trade, 106 is beyond the collar.
        var result = _book.Submit(OrderRequest.Market(13, 9, Side.Buy, 6));
        Assert.Equal(new SubmitResult(OrderOutcome.RemainderCancelled, 4, 0, 2), result);
        Assert.Equal([103L, 105L], Trades(from: 1));
        Assert.True(_book.TryBestAsk(out long ask, out _) && ask == 106);
        Assert.True(_book.Counters.Balanced);
    }

    [Fact]
    public void Without_a_collar_the_same_market_order_sweeps_the_book()
    {
        Trade(price: 100);
        Sell(10, owner: 1, price: 103, lots: 2);
        Sell(11, owner: 2, price: 105, lots: 2);
        Sell(12, owner: 3, price: 106, lots: 2);
        Assert.Equal(OrderOutcome.Filled, _book.Submit(OrderRequest.Market(13, 9, Side.Buy, 6)).Outcome);
    }

    [Fact]
    public void Before_any_trade_the_collar_is_around_the_best_opposite_price()
    {
        _book.Rules = new BookRules(MarketCollar: 0.02);
        Buy(1, owner: 1, price: 100, lots: 1);
        Buy(2, owner: 2, price: 97, lots: 1);
        // Collar: 100 - 2% = 98; the bid at 97 is out of reach.
        Assert.Equal(new SubmitResult(OrderOutcome.RemainderCancelled, 1, 0, 1), _book.Submit(OrderRequest.Market(3, 9, Side.Sell, 2)));
    }

    [Fact]
    public void An_order_beyond_the_dynamic_band_trades_to_the_band_halts_the_book_and_the_reopening_auction_uncrosses_it()
    {
        Trade(price: 100);
        _book.Rules = new BookRules(DynamicBand: 0.10);
        Sell(10, owner: 1, price: 108, lots: 2);
        Sell(11, owner: 2, price: 115, lots: 3);
        // The buy at 120 takes 108 (inside 100 ± 10) and would take 115: the book halts instead.
        var result = Buy(12, owner: 9, price: 120, lots: 4);
        Assert.Equal(new SubmitResult(OrderOutcome.PartiallyFilled, 2, 2, 0), result);
        Assert.Equal(BookPhase.Call, _book.Phase);
        Assert.Equal(1, _book.Counters.Halts);
        // During the halt orders are collected, not matched; IOC is refused.
        Assert.Equal(RejectReason.ImmediateOrderDuringCall, _book.Submit(OrderRequest.Limit(13, 5, Side.Sell, 112, 1, TimeInForce.Ioc)).Reason);
        Sell(14, owner: 6, price: 112, lots: 1);
        Assert.Equal([108L], Trades(from: 1));
        // Reopening: bids 120x2; asks 112x1, 115x3. Volume 2 at any price in [115, 120]; the surplus is
        // on the sell side, so the price is the lowest: 115. The 112 ask fills first, then one at 115.
        var reopening = _book.Uncross();
        Assert.True(reopening.Traded);
        Assert.Equal((115L, 2L), (reopening.Price, reopening.Volume));
        Assert.Equal(BookPhase.Continuous, _book.Phase);
        Assert.True(_book.TryBestAsk(out long ask, out long lots) && (ask, lots) == (115, 2));
        Assert.True(_book.Counters.Balanced);
    }

    [Fact]
    public void A_market_order_stopped_by_the_band_waits_in_the_halt_and_an_ioc_rest_is_cancelled()
    {
        Trade(price: 100);
        _book.Rules = new BookRules(DynamicBand: 0.05);
        Buy(10, owner: 1, price: 90, lots: 5);
        var ioc = _book.Submit(OrderRequest.Limit(11, 9, Side.Sell, 80, 2, TimeInForce.Ioc));
        Assert.Equal(new SubmitResult(OrderOutcome.RemainderCancelled, 0, 0, 2), ioc);
        Assert.Equal(BookPhase.Call, _book.Phase);
        _book.Uncross();
        var market = _book.Submit(OrderRequest.Market(12, 9, Side.Sell, 2, TimeInForce.Day));
        Assert.Equal(OrderOutcome.Rested, market.Outcome);
        Assert.Equal(2, _book.Counters.Halts);
        // The reopening auction fills the market order against the bid at 90.
        Assert.Equal((90L, 2L), (_book.Uncross().Price, _book.Trades[^1].Quantity));
    }

    [Fact]
    public void Self_trade_prevention_cancels_the_incoming_order_from_its_owners_own_resting_order_and_keeps_the_resting_one()
    {
        _book.Rules = new BookRules(PreventSelfTrade: true);
        Sell(1, owner: 2, price: 100, lots: 2);
        Sell(2, owner: 7, price: 100, lots: 3);
        Sell(3, owner: 4, price: 101, lots: 3);
        // Owner 7 buys 6 at 101: it trades 2 with owner 2, meets its own ask and stops there.
        var result = Buy(4, owner: 7, price: 101, lots: 6);
        Assert.Equal(new SubmitResult(OrderOutcome.RemainderCancelled, 2, 0, 4), result);
        Assert.True(_book.IsResting(2));
        Assert.Equal(1, _book.Counters.SelfTradeCancels);
        Assert.DoesNotContain(_book.Trades.ToArray(), t => t.Buyer == t.Seller);
        // A fill-or-kill that could only fill by trading with itself is killed whole.
        Assert.Equal(OrderOutcome.Killed, _book.Submit(OrderRequest.Limit(5, 7, Side.Buy, 101, 1, TimeInForce.Fok)).Outcome);
        Assert.True(_book.Counters.Balanced);
    }

    [Fact]
    public void Without_self_trade_prevention_an_owner_trades_with_itself()
    {
        Sell(1, owner: 7, price: 100, lots: 3);
        Assert.Equal(OrderOutcome.Filled, Buy(2, owner: 7, price: 100, lots: 3).Outcome);
        Assert.Equal(7, _book.Trades[0].Seller);
    }

    /// <summary>One lot at <paramref name="price"/> between two other owners, so the book has a last trade price.</summary>
    private void Trade(long price)
    {
        Sell(1000, owner: 100, price: price, lots: 1);
        Buy(1001, owner: 101, price: price, lots: 1);
        Assert.Equal(price, _book.LastTradePrice);
    }

    private long[] Trades(int from) => _book.Trades.ToArray().Skip(from).Select(t => t.Price).ToArray();

    private SubmitResult Buy(long id, int owner, long price, long lots) => _book.Submit(OrderRequest.Limit(id, owner, Side.Buy, price, lots));

    private SubmitResult Sell(long id, int owner, long price, long lots) => _book.Submit(OrderRequest.Limit(id, owner, Side.Sell, price, lots));
}
