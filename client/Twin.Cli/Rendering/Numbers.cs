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
}
