using System.CommandLine;
using System.Globalization;
using Twin.Model.Markets.Replay;

namespace Twin.Cli.Commands;

/// <summary>`twin market ...`: tools for the trading platform's order books.</summary>
public static class MarketCommand
{
    public static Command Create()
    {
        var command = new Command("market", "Tools for the asset trading platform's order books.");
        command.Subcommands.Add(Replay());
        return command;
    }

    /// <summary>`twin market replay ORDERS.csv`: one book, the file's orders in order, the trades and the final book as CSV.</summary>
    private static Command Replay()
    {
        var file = new Argument<string>("ORDERS") { Description = "A CSV of orders: seq,participant,side,type,price,quantity,tif[,target] (see docs/market-replay.md)." };
        var tick = ReplayOptions.Size("--tick", "Tick size: every price must be a multiple of it.", 0.01m);
        var lot = ReplayOptions.Size("--lot", "Lot size: every quantity must be a whole number of lots.", 1m);
        var floor = ReplayOptions.Price("--floor", "Lowest price the book takes; lower prices are reported before anything runs (default: -10^12 ticks).");
        var cap = ReplayOptions.Price("--cap", "Highest price the book takes; higher prices are reported before anything runs (default: 10^12 ticks).");
        var tradesOut = new Option<string?>("--trades") { Description = "Write the trades to this file instead of standard output." };
        var bookOut = new Option<string?>("--book") { Description = "Write the final book to this file instead of standard output." };
        var command = new Command("replay",
            "Feed a CSV of orders to one order book and print the trades, then a blank line and the final book, as CSV. " +
            "Cancels, amends and IOC remainders that change nothing are noted on standard error.")
        {
            file, tick, lot, floor, cap, tradesOut, bookOut,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var grid = ReplayOptions.Grid(parse.GetValue(tick), parse.GetValue(lot), parse.GetValue(floor), parse.GetValue(cap));
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (Directory.Exists(path)) throw new UsageException($"{path} is a folder, not a file of orders");
            if (!File.Exists(path)) throw new UsageException($"{path}: file not found");
            var orders = OrderFileReader.ParseFile(path, grid);
            if (!orders.IsValid)
            {
                error.WriteLine($"error: {path} has {orders.Problems.Count} problem{(orders.Problems.Count == 1 ? "" : "s")}; nothing was replayed:");
                foreach (var problem in orders.Problems) error.WriteLine($"  {problem}");
                return ExitCodes.InvalidInput;
            }
            var result = ReplayRunner.Run(orders.Lines, grid);
            foreach (var note in result.Notes) error.WriteLine($"note: {note}");
            Write(parse.GetValue(tradesOut), output, w => ReplayCsv.WriteTrades(result, grid, w));
            if (parse.GetValue(tradesOut) is null && parse.GetValue(bookOut) is null) output.Write("\n");
            Write(parse.GetValue(bookOut), output, w => ReplayCsv.WriteBook(result, grid, w));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replayed {orders.Lines.Count} lines: {result.Trades.Count} trades, {result.Bids.Count + result.Asks.Count} orders left in the book"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(string? path, TextWriter output, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(output);
            return;
        }
        using var file = new StreamWriter(path);
        write(file);
    }
}
