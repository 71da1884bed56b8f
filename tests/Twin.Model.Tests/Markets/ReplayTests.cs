using Twin.Model.Markets.Replay;

namespace Twin.Model.Tests.Markets;

/// <summary>Order files worked by hand: exactly these trades and this book, and clear errors for bad lines.</summary>
public sealed class ReplayTests
{
    [Fact]
    public void A_buy_sweeps_the_offers_best_price_first_and_oldest_first()
    {
        var (trades, book, notes) = Replay("""
            seq,participant,side,type,price,quantity,tif,target
            1,alice,sell,limit,70.10,5,day,
            2,bob,sell,limit,70.00,3,day,
            3,carol,sell,limit,70.00,4,gtc,
            4,dave,buy,limit,70.10,10,day,
            5,alice,,cancel,,,,1
            6,erin,buy,market,,2,ioc,
            7,bob,,cancel,,,,2
            """);
        Assert.Equal("""
            trade,seq,buy_order,sell_order,buyer,seller,price,quantity,aggressor
            1,4,4,2,dave,bob,70.00,3,buy
            2,4,4,3,dave,carol,70.00,4,buy
            3,4,4,1,dave,alice,70.10,3,buy

            """.ReplaceLineEndings("\n"), trades);
        Assert.Equal(OrderFileReaderBookHeader, book);
        Assert.Equal(
            ["line 7: order 6: 2 of its lots cancelled unfilled (a market order never rests)", "line 8: no-op: order 2 is not resting (already filled, cancelled or expired)"],
            notes);
    }

    [Fact]
    public void A_call_and_uncross_trade_at_the_volume_maximising_price_and_a_smaller_amend_keeps_its_place()
    {
        var (trades, book, notes) = Replay("""
            1,,,call,,,,
            2,ann,buy,limit,101,4,day,
            3,ben,sell,limit,99,2,day,
            4,ann,buy,limit,102,3,day,
            5,cid,sell,limit,100,4,day,
            6,cid,sell,limit,101,6,day,
            7,ben,buy,limit,100,5,gtc,
            8,,,uncross,,,,
            9,cid,,amend,101,2,,6
            10,dan,sell,limit,100,1,ioc,
            """, tick: 1m);
        Assert.Equal("""
            trade,seq,buy_order,sell_order,buyer,seller,price,quantity,aggressor
            1,8,4,3,ann,ben,101,2,auction
            2,8,4,5,ann,cid,101,1,auction
            3,8,2,5,ann,cid,101,3,auction
            4,8,2,6,ann,cid,101,1,auction
            5,10,7,10,ben,dan,100,1,sell

            """.ReplaceLineEndings("\n"), trades);
        Assert.Equal("""
            side,level,price,order,participant,quantity,tif
            bid,1,100,7,ben,4,gtc
            ask,1,101,6,cid,2,day

            """.ReplaceLineEndings("\n"), book);
        Assert.Equal(["line 8: auction: 7 at 101, 5 left offered"], notes);
    }

    [Fact]
    public void Bad_lines_are_each_reported_with_their_line_number_and_nothing_runs()
    {
        var parse = OrderFileReader.Parse("""
            seq,participant,side,type,price,quantity,tif,target
            1,alice,buy,limit,70.005,10,day,
            2,bob,hold,limit,70.00,10,day,
            2,bob,sell,limit,70.00,10,day,
            # a comment
            4,carol,sell,limit,70.00,10,week,
            5,dave,buy,swap,70.00,10,day,
            6,erin,,cancel,,,,
            7,frank,buy,limit,70.00
            """, ReplayGrid.Default);
        Assert.False(parse.IsValid);
        Assert.Equal(
        [
            "line 2: price 70.005 is not a multiple of the tick size 0.01",
            "line 3: side must be buy or sell, got 'hold'",
            "line 4: seq must increase from line to line: 2 follows 2",
            "line 6: tif must be day, gtc, ioc or fok, got 'week'",
            "line 7: type must be limit, market, cancel, amend, call or uncross, got 'swap'",
            "line 8: target must be the seq of the order to cancel, got ''",
            "line 9: expected 7 or 8 comma-separated fields (seq,participant,side,type,price,quantity,tif,target), got 5",
        ], parse.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Quantities_must_be_whole_lots_of_the_lot_size()
    {
        var parse = OrderFileReader.Parse("1,alice,buy,limit,70.00,2500,day\n2,bob,sell,limit,70.00,3000,day\n", new ReplayGrid(0.01m, 1000m));
        Assert.Equal(["line 1: quantity 2500 is not a whole number of lots of 1000"], parse.Problems.Select(p => p.ToString()));
    }

    private const string OrderFileReaderBookHeader = "side,level,price,order,participant,quantity,tif\n";

    private static (string Trades, string Book, string[] Notes) Replay(string text, decimal tick = 0.01m)
    {
        var grid = new ReplayGrid(tick, 1m);
        var parse = OrderFileReader.Parse(text, grid);
        Assert.True(parse.IsValid, string.Join("\n", parse.Problems));
        var result = ReplayRunner.Run(parse.Lines, grid);
        var trades = new StringWriter();
        var book = new StringWriter();
        ReplayCsv.WriteTrades(result, grid, trades);
        ReplayCsv.WriteBook(result, grid, book);
        return (trades.ToString(), book.ToString(), result.Notes.Select(n => n.ToString()).ToArray());
    }
}
