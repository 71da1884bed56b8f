using System.Text.Json;
using Twin.Cli;
using Twin.Testing;

namespace Twin.Cli.Tests;

/// <summary>The trading platform's commands as a user runs them: `twin market replay`, `twin bench orderbook`, and the run summary.</summary>
public sealed class MarketCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("twin-market-");

    [Fact]
    public async Task Replay_prints_the_trades_then_the_final_book_as_csv_and_notes_no_ops_on_standard_error()
    {
        var file = Write("orders.csv", """
            seq,participant,side,type,price,quantity,tif,target
            1,alice,sell,limit,70.10,5,day,
            2,bob,buy,limit,70.10,3,ioc,
            3,bob,,cancel,,,,1
            """);
        var (code, output, error) = await CliRunner.RunAsync("market", "replay", file);
        Assert.Equal(0, code);
        Assert.Equal("""
            trade,seq,buy_order,sell_order,buyer,seller,price,quantity,aggressor
            1,2,2,1,bob,alice,70.10,3,buy

            side,level,price,order,participant,quantity,tif
            ask,1,70.10,1,alice,2,day

            """.ReplaceLineEndings("\n"), output);
        Assert.Contains("note: line 4: no-op: order 1 belongs to another participant", error);
    }

    [Fact]
    public async Task Replay_of_a_file_with_bad_lines_names_each_line_and_exits_with_code_2()
    {
        var file = Write("bad.csv", "1,alice,buy,limit,70.001,5,day\n2,bob,sell,limit,70.00,0,day\n");
        var (code, output, error) = await CliRunner.RunAsync("market", "replay", file, "--lot", "1");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Empty(output);
        Assert.Contains("line 1: price 70.001 is not a multiple of the tick size 0.01", error);
        Assert.Contains("line 2: quantity must be a number above 0, got '0'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("--tick abc", "--tick must be a number such as 0.01, got 'abc'.")]
    [InlineData("--lot 0", "--lot must be between 0.000000001 and 1,000,000,000, got 0.")]
    [InlineData("--lot 1e999", "--lot must be a number such as 0.01, got '1e999'.")]
    [InlineData("--floor x", "--floor must be a number such as 0.01, got 'x'.")]
    [InlineData("--cap 70.001", "--cap 70.001 is not a multiple of the tick size 0.01.")]
    [InlineData("--floor 100 --cap 50", "--floor 100 must be below --cap 50.")]
    [InlineData("--cap 99999999999999999999999", "--cap must lie within 10^12 ticks of zero")]
    public async Task Replay_options_that_are_not_numbers_or_out_of_range_exit_with_code_2_and_say_why(string options, string message)
    {
        var file = Write("ok.csv", "1,alice,buy,limit,70.00,5,day\n");
        var (code, output, error) = await CliRunner.RunAsync(["market", "replay", file, .. options.Split(' ')]);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Bench_alone_is_still_the_kernel_benchmark_and_orderbook_is_its_subcommand()
    {
        Assert.Equal("bench", TwinCommandLine.Build().Parse(["bench"]).CommandResult.Command.Name);
        Assert.Equal("orderbook", TwinCommandLine.Build().Parse(["bench", "orderbook"]).CommandResult.Command.Name);
    }

    [Fact]
    public async Task Bench_orderbook_reports_the_book_on_one_core_and_the_flow_through_a_market_grain()
    {
        var (code, output, _) = await CliRunner.RunAsync("bench", "orderbook", "--operations", "5000", "--warmup", "0",
            "--grain-operations", "5000", "--batch", "500", "--single-calls", "50", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var book = json.RootElement.GetProperty("book");
        Assert.Equal(5000, book.GetProperty("operations").GetInt64());
        Assert.True(book.GetProperty("operationsPerSecond").GetDouble() > 0);
        Assert.True(book.GetProperty("all").GetProperty("p99Us").GetDouble() > 0);
        var grain = json.RootElement.GetProperty("grain");
        Assert.Equal(500, grain.GetProperty("batch").GetInt32());
        Assert.Equal(50, grain.GetProperty("singleCall").GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Run_prints_the_markets_table_after_the_towns_table()
    {
        var (code, output, _) = await CliRunner.RunAsync("run", CliRunner.Scenario("baseline.json"), "--days", "20", "--quiet");
        Assert.Equal(0, code);
        int towns = output.IndexOf("Towns (", StringComparison.Ordinal), markets = output.IndexOf("Markets (", StringComparison.Ordinal);
        Assert.True(towns >= 0 && markets > towns, output);
        foreach (var market in new[] { "crude-oil", "natural-gas", "electricity", "copper", "aluminium" })
            Assert.Contains(market, output[markets..]);
        Assert.Contains("Clearing house: fees MOP", output);
    }

    [Fact]
    public async Task Run_as_json_reports_a_market_without_trades_with_null_prices_rather_than_failing()
    {
        var (code, output, _) = await CliRunner.RunAsync("run", CliRunner.Scenario("baseline.json"), "--days", "1", "--quiet", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var oil = json.RootElement.GetProperty("markets").EnumerateArray().First(m => m.GetProperty("market").GetString() == "crude-oil");
        Assert.Equal(JsonValueKind.Null, oil.GetProperty("vwap").ValueKind);
        Assert.Equal(70, oil.GetProperty("close").GetDouble(), 9);
        Assert.Equal("MOP", json.RootElement.GetProperty("clearing").GetProperty("feeCurrency").GetString());
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text)
    {
        var path = _folder.PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }
}
