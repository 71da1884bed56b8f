using System.Globalization;
using Twin.Model.Scenarios;

namespace Twin.Model.Calibration;

/// <summary>
/// Reads actuals as CSV with the header `day,entity,kpi,value` (day 0 = the scenario's start), one
/// observation a line. Every bad line is named with its number and column.
/// </summary>
public static class ActualsCsv
{
    public static IReadOnlyList<ObservedPoint> Read(TextReader reader, ValidationProblems problems, string at = "actuals")
    {
        var header = reader.ReadLine();
        if (header is null || !header.Trim().Replace(" ", "").Equals("day,entity,kpi,value", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(at, "the first line must be the header day,entity,kpi,value");
            return [];
        }
        var points = new List<ObservedPoint>();
        int line = 1;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Trim().Length == 0) continue;
            var cells = text.Split(',');
            if (cells.Length != 4)
            {
                problems.Add($"{at} line {line}", $"expected 4 cells (day,entity,kpi,value), got {cells.Length}");
                continue;
            }
            bool ok = true;
            if (!int.TryParse(cells[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var day) || day < 0)
            {
                problems.Add($"{at} line {line}: day", $"must be a whole number >= 0, got '{cells[0].Trim()}'");
                ok = false;
            }
            if (!double.TryParse(cells[3].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                problems.Add($"{at} line {line}: value", $"must be a finite number, got '{cells[3].Trim()}'");
                ok = false;
            }
            if (ok) points.Add(new ObservedPoint(day, cells[1].Trim(), cells[2].Trim(), value));
        }
        if (points.Count == 0 && !problems.Any) problems.Add(at, "no observations");
        return points;
    }
}
