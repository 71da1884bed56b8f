using System.CommandLine;
using System.Text.Json;
using Twin.Cli.Bench;
using Twin.Cli.Rendering;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>`twin bench orderbook`: the order book's operations per second and latency percentiles on one core, then the same flow through a market grain.</summary>
public static class OrderBookBenchCommand
{
    public static Command Create()
    {
        var operations = CommonOptions.Whole("--operations", "Operations of the measured flow", 2_000_000, 1000, 50_000_000);
        var warmup = CommonOptions.Whole("--warmup", "Seconds of warm-up before measuring", 3, 0, 600);
        var grainOperations = CommonOptions.Whole("--grain-operations", "Operations sent through the market grain (0: skip the grain)", 500_000, 0, 50_000_000);
        var batch = CommonOptions.Whole("--batch", "Operations per step call of the market grain", 1000, 1, 1_000_000);
        var singleCalls = CommonOptions.Whole("--single-calls", "Step calls of one operation each, for the grain's round-trip latency", 20_000, 1, 10_000_000);
        var json = CommonOptions.Json();
        var command = new Command("orderbook",
            "Measure the order book: place/cancel/amend/match operations per second on one core and latency percentiles, then the same flow through a market grain on an embedded silo.")
        {
            operations, warmup, grainOperations, batch, singleCalls, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var log = parse.InvocationConfiguration.Error;
            var book = new OrderBookBench(parse.GetValue(operations), parse.GetValue(warmup), log).Run();
            GrainBenchFigures? grain = null;
            if (parse.GetValue(grainOperations) > 0)
            {
                await using var silo = await EmbeddedSilo.StartAsync(configuration: EmbeddedConfiguration.For(parse.GetValue(CommonOptions.Data)), cancellation: cancellation);
                grain = await new MarketGrainBench(silo.Grains, parse.GetValue(grainOperations), parse.GetValue(batch),
                    parse.GetValue(singleCalls), parse.GetValue(warmup), log).RunAsync();
            }
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(new { book, grain }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            else
                Print(book, grain, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(BookBenchFigures f, GrainBenchFigures? grain, TextWriter output)
    {
        output.WriteLine($"Order book, one core: {f.Operations:N0} operations ({f.Places:N0} place, {f.Cancels:N0} cancel, {f.Amends:N0} amend, {f.Takes:N0} IOC take), " +
                         $"{f.Trades:N0} trades, {f.RestingAtEnd:N0} orders resting at the end");
        var book = new TextTable("measure", "value");
        book.Add("operations", Numbers.Rate(f.OperationsPerSecond));
        book.Add("bytes allocated per operation", Numbers.Fixed((double)f.AllocatedBytes / f.Operations, 3));
        book.Write(output);
        output.WriteLine();
        var latency = new TextTable("latency (µs)", "p50", "p99", "p99.9", "max");
        Add(latency, "all operations", f.All);
        Add(latency, "place", f.Place);
        Add(latency, "cancel", f.Cancel);
        Add(latency, "amend", f.Amend);
        Add(latency, "IOC take", f.Take);
        latency.Write(output);
        if (grain is null) return;
        output.WriteLine();
        output.WriteLine($"Market grain on an embedded silo: {grain.Operations:N0} operations in step calls of {grain.Batch:N0} " +
                         "(each call a trading day: auction, matching, fills, trade reports, market data, KPIs)");
        var rate = new TextTable("measure", "value");
        rate.Add("operations through the grain", Numbers.Rate(grain.OperationsPerSecond));
        rate.Write(output);
        output.WriteLine();
        var calls = new TextTable("call latency (µs)", "p50", "p99", "p99.9", "max");
        Add(calls, $"step of {grain.Batch:N0} operations", grain.BatchCall);
        Add(calls, $"step of 1 operation ({grain.SingleCalls:N0} calls)", grain.SingleCall);
        calls.Write(output);
    }

    private static void Add(TextTable table, string name, LatencyStats s) =>
        table.Add(name, Numbers.Fixed(s.P50Us, 3), Numbers.Fixed(s.P99Us, 3), Numbers.Fixed(s.P999Us, 3), Numbers.Fixed(s.MaxUs, 1));
}
