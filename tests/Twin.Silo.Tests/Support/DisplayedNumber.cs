using System.Globalization;

namespace Twin.Silo.Tests.Support;

/// <summary>
/// Reads back a number as the page prints it ("1,092", "25.39 M", "3.02 bn", "66.09", "—") with
/// how far from the true value it may be, given the digits shown.
/// </summary>
public readonly record struct DisplayedNumber(double Value, double Tolerance)
{
    public static DisplayedNumber? Parse(string text)
    {
        text = text.Trim();
        if (text == "—") return null;
        double scale = 1;
        if (text.EndsWith(" bn", StringComparison.Ordinal)) (scale, text) = (1e9, text[..^3]);
        else if (text.EndsWith(" M", StringComparison.Ordinal)) (scale, text) = (1e6, text[..^2]);
        text = text.Replace(",", "", StringComparison.Ordinal);
        int dot = text.IndexOf('.');
        int decimals = dot < 0 ? 0 : text.Length - dot - 1;
        double value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) * scale;
        return new DisplayedNumber(value, 0.5 * Math.Pow(10, -decimals) * scale * (1 + 1e-9));
    }

    public bool Shows(double actual) => Math.Abs(actual - Value) <= Tolerance;
}
