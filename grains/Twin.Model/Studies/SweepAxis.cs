using System.Globalization;
using System.Text.RegularExpressions;

namespace Twin.Model.Studies;

/// <summary>
/// One varied parameter of a sweep, written `PATH=FROM..TO:STEP` (a grid) or `PATH=FROM..TO`
/// (a range for Latin hypercube samples), e.g. `routes/rail-moscow/departuresPerWeek=6..10:1`.
/// </summary>
public sealed partial record SweepAxis(string Path, double From, double To, double? Step)
{
    [GeneratedRegex(@"^(?<path>[^=\s]+)=(?<from>[^.:]+(\.\d+)?)\.\.(?<to>[^:]+?)(:(?<step>.+))?$")]
    private static partial Regex Syntax();

    public static bool TryParse(string text, out SweepAxis? axis, out string error)
    {
        axis = null;
        var match = Syntax().Match(text.Trim());
        if (!match.Success)
        {
            error = $"'{text}' is not PATH=FROM..TO:STEP (or PATH=FROM..TO with --samples)";
            return false;
        }
        if (!TryNumber(match.Groups["from"].Value, out var from) || !TryNumber(match.Groups["to"].Value, out var to))
        {
            error = $"'{text}': FROM and TO must be numbers";
            return false;
        }
        double? step = null;
        if (match.Groups["step"].Success)
        {
            if (!TryNumber(match.Groups["step"].Value, out var s) || s <= 0)
            {
                error = $"'{text}': STEP must be a number > 0";
                return false;
            }
            step = s;
        }
        if (to < from)
        {
            error = $"'{text}': TO must not be below FROM";
            return false;
        }
        axis = new SweepAxis(match.Groups["path"].Value, from, to, step);
        error = "";
        return true;
    }

    /// <summary>The grid points FROM, FROM+STEP, ... up to TO (inclusive, allowing for rounding).</summary>
    public IReadOnlyList<double> GridPoints()
    {
        if (Step is not { } step) throw new InvalidOperationException($"{Path} has no step: a grid needs PATH=FROM..TO:STEP.");
        int count = (int)Math.Floor((To - From) / step + 1e-9) + 1;
        return Enumerable.Range(0, count).Select(i => Math.Round(From + i * step, 10)).ToArray();
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public override string ToString() => Step is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{Path}={From}..{To}:{s}")
        : string.Create(CultureInfo.InvariantCulture, $"{Path}={From}..{To}");
}
