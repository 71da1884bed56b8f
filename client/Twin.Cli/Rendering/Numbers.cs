using System.Globalization;

namespace Twin.Cli.Rendering;

/// <summary>Number formats for tables: thousands separators, millions, rates.</summary>
public static class Numbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Whole(double value) => double.IsFinite(value) ? value.ToString("N0", Invariant) : "-";

    public static string Millions(double value) => double.IsFinite(value) ? (value / 1e6).ToString("N1", Invariant) : "-";

    public static string Fixed(double value, int decimals) => double.IsFinite(value) ? value.ToString("N" + decimals, Invariant) : "-";

    /// <summary>A rate such as 1.23 M/s or 456 k/s.</summary>
    public static string Rate(double perSecond) => perSecond switch
    {
        >= 1e6 => (perSecond / 1e6).ToString("N2", Invariant) + " M/s",
        >= 1e3 => (perSecond / 1e3).ToString("N1", Invariant) + " k/s",
        _ => perSecond.ToString("N0", Invariant) + " /s",
    };

    /// <summary>"1 replication", "2,000 replications".</summary>
    public static string Count(long count, string noun) => $"{count.ToString("N0", Invariant)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>Four significant digits, with thousands separators from 1,000 up (so 9,213 sits beside 28,607).</summary>
    public static string Significant(double value) => !double.IsFinite(value) ? "-"
        : Math.Abs(value) >= 1_000 ? value.ToString("N0", Invariant)
        : value == 0 ? "0"
        : value.ToString("G4", Invariant);

    public static string Interval(double lower, double upper) =>
        double.IsFinite(lower) && double.IsFinite(upper) ? $"[{Significant(lower)}, {Significant(upper)}]" : "-";

    /// <summary>A share of a whole, such as 85%.</summary>
    public static string Share(double share) => double.IsFinite(share) ? share.ToString("0%", Invariant) : "-";

    /// <summary>A signed change, such as +1.2% or -0.4%.</summary>
    public static string Percent(double share) => double.IsFinite(share) ? share.ToString("+0.0%;-0.0%;0.0%", Invariant) : "-";
}
