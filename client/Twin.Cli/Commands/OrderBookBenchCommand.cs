using System.CommandLine;
using System.Text.Json;
using Twin.Cli.Bench;
using Twin.Cli.Rendering;

namespace Twin.Cli.Commands;

/// <summary>`twin bench orderbook`: the order book's operations per second and latency percentiles on one core.</summary>
public static class OrderBookBenchCommand
{
    public static Command Create()
    {
        var operations = CommonOptions.Between(new Option<int>("--operations") { Description = "Operations of the measured flow.", DefaultValueFactory = _ => 2_000_000 }, 1000, 50_000_000);
        var warmup = CommonOptions.Between(new Option<int>("--warmup") { Description = "Seconds of warm-up before measuring.", DefaultValueFactory = _ => 3 }, 0, 600);
        var json = CommonOptions.Json();
        var command = new Command("orderbook", "Measure the order book: place/cancel/amend/match operations per second on one core and latency percentiles.")
        {
            operations, warmup, json,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var book = new OrderBookBench(parse.GetValue(operations), parse.GetValue(warmup), parse.InvocationConfiguration.Error).Run();
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(book, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            else
                Print(book, output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(BookBenchFigures f, TextWriter output)
    {
        output.WriteLine($"Order book, one core: {f.Operations:N0} operations ({f.Places:N0} place, {f.Cancels:N0} cancel, {f.Amends:N0} amend, {f.Takes:N0} IOC take), " +
                         $"{f.Trades:N0} trades, {f.RestingAtEnd:N0} orders resting at the end");
        var rate = new TextTable("measure", "value");
        rate.Add("operations", Numbers.Rate(f.OperationsPerSecond));
        rate.Add("bytes allocated per operation", Numbers.Fixed((double)f.AllocatedBytes / f.Operations, 3));
        rate.Write(output);
        output.WriteLine();
        var latency = new TextTable("latency (µs)", "p50", "p99", "p99.9", "max");
        Add(latency, "all operations", f.All);
        Add(latency, "place", f.Place);
        Add(latency, "cancel", f.Cancel);
        Add(latency, "amend", f.Amend);
        Add(latency, "IOC take", f.Take);
        latency.Write(output);
    }

    private static void Add(TextTable table, string name, LatencyStats s) =>
        table.Add(name, Numbers.Fixed(s.P50Us, 3), Numbers.Fixed(s.P99Us, 3), Numbers.Fixed(s.P999Us, 3), Numbers.Fixed(s.MaxUs, 1));
}
