using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Twin.Model.Markets.Replay;

namespace Twin.Cli.Commands;

/// <summary>
/// The numeric options of `twin market replay`, parsed by hand so that a bad value (`--tick abc`,
/// `--lot 0`) is an error message and exit code 2, never an exception from the parser.
/// </summary>
internal static class ReplayOptions
{
    /// <summary>Tick and lot sizes stay where their products and ratios with the book's limits fit in a decimal.</summary>
    private const decimal LargestSize = 1_000_000_000m, SmallestSize = 0.000_000_001m;

    public static Option<decimal> Size(string name, string description, decimal defaultValue)
    {
        var option = new Option<decimal>(name) { Description = $"{description} (default: {defaultValue.ToString(CultureInfo.InvariantCulture)})" };
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result => Parse(result, name, positive: true) ?? defaultValue;
        return option;
    }

    public static Option<decimal?> Price(string name, string description)
    {
        var option = new Option<decimal?>(name) { Description = description };
        option.CustomParser = result => Parse(result, name, positive: false);
        return option;
    }

    /// <summary>The grid of the options; a band that is empty or off the tick grid is a usage error (exit 2).</summary>
    public static ReplayGrid Grid(decimal tick, decimal lot, decimal? floor, decimal? cap)
    {
        var grid = new ReplayGrid(tick, lot, floor, cap);
        decimal limit = ReplayGrid.DefaultBandTicks * tick;
        foreach (var (name, value) in new[] { ("--floor", floor), ("--cap", cap) })
        {
            if (value is not { } price) continue;
            // The band is checked by multiplying, so a 29-digit --cap cannot overflow a division.
            if (Math.Abs(price) > limit)
                throw new UsageException($"{name} must lie within 10^12 ticks of zero (±{Show(limit)} at this tick size), got {Show(price)}.");
            if (decimal.Truncate(price / tick) != price / tick)
                throw new UsageException($"{name} {Show(price)} is not a multiple of the tick size {Show(tick)}.");
        }
        if (grid.LowestPrice >= grid.HighestPrice)
            throw new UsageException($"--floor {Show(grid.LowestPrice)} must be below --cap {Show(grid.HighestPrice)}.");
        return grid;
    }

    private static decimal? Parse(ArgumentResult result, string name, bool positive)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (!decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} must be a number such as 0.01, got '{token}'.");
            return null;
        }
        if (positive && (value < SmallestSize || value > LargestSize))
        {
            result.AddError($"{name} must be between 0.000000001 and 1,000,000,000, got {token}.");
            return null;
        }
        return value;
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
