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

    [Fact]
    public void Errors_at_the_limits_name_the_real_cause_and_the_limit()
    {
        var parse = OrderFileReader.Parse("""
            1,alice,buy,limit,70.00,3000000000,day,
            2,bob,buy,limit,70.00,3e9,day,
            3,carol,sell,limit,1e27,1,day,
            4,dave,sell,limit,90000000000000000000000000000000000000,1,day,
            5,erin,sell,limit,70.005,1,day,
            6,frank,sell,limit,101,1,day,
            7,gina,buy,limit,49.99,99999999999999999999999999999999999999,day,
            """, new ReplayGrid(0.01m, 1m, Floor: 50m, Cap: 100m));
        Assert.Equal(
        [
            "line 1: quantity 3000000000 is more than the largest order, 2,147,483,647 lots of 1",
            "line 2: quantity 3e9 is more than the largest order, 2,147,483,647 lots of 1",
            "line 3: price 1e27 is above the highest price 100 (--cap)",
            "line 4: price 90000000000000000000000000000000000000 is above the highest price 100 (--cap)",
            "line 5: price 70.005 is not a multiple of the tick size 0.01",
            "line 6: price 101 is above the highest price 100 (--cap)",
            "line 7: price 49.99 is below the lowest price 50 (--floor)",
            "line 7: quantity 99999999999999999999999999999999999999 is more than the largest order, 2,147,483,647 lots of 1",
        ], parse.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_price_the_file_check_accepts_is_never_refused_by_the_book_at_run_time()
    {
        // Without --floor/--cap the band is the book's own, ±10^12 ticks: one tick inside trades, one outside is reported up front.
        var inside = OrderFileReader.Parse("1,alice,sell,limit,10000000000,1,day\n2,bob,buy,limit,10000000000,1,day\n", ReplayGrid.Default);
        Assert.True(inside.IsValid, string.Join("\n", inside.Problems));
        var result = ReplayRunner.Run(inside.Lines, ReplayGrid.Default);
        Assert.Single(result.Trades);
        Assert.Empty(result.Notes);
        var outside = OrderFileReader.Parse("1,alice,sell,limit,10000000000.01,1,day\n", ReplayGrid.Default);
        Assert.Equal(["line 1: price 10000000000.01 is above the highest price the book takes (10000000000.00; set a band with --floor and --cap)"],
            outside.Problems.Select(p => p.ToString()));

        // With a band, the book refuses nothing the check let through, and amends are held to it too.
        var grid = new ReplayGrid(1m, 1m, Floor: 90m, Cap: 110m);
        var banded = OrderFileReader.Parse("1,alice,sell,limit,110,1,day\n2,bob,buy,limit,90,1,day\n3,bob,,amend,111,1,,2\n", grid);
        Assert.Equal(["line 3: price 111 is above the highest price 110 (--cap)"], banded.Problems.Select(p => p.ToString()));
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
