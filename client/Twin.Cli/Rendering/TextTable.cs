using System.Text;

namespace Twin.Cli.Rendering;

/// <summary>A plain-text table: the first column left-aligned, the others right-aligned (numbers).</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _rulesBefore = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
            throw new ArgumentException($"A row needs {headers.Length} cells, got {cells.Length}.");
        _rows.Add(cells);
    }

    /// <summary>Draws a rule before the next row added (e.g. before a totals row).</summary>
    public void Rule() => _rulesBefore.Add(_rows.Count);

    public void Write(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Line(headers, widths));
        writer.WriteLine(RuleLine(widths));
        for (int r = 0; r < _rows.Count; r++)
        {
            if (_rulesBefore.Contains(r)) writer.WriteLine(RuleLine(widths));
            writer.WriteLine(Line(_rows[r], widths));
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append("  ");
            line.Append(i == 0 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]));
        }
        return line.ToString().TrimEnd();
    }

    private static string RuleLine(int[] widths) => string.Join("  ", widths.Select(w => new string('-', w)));
}
