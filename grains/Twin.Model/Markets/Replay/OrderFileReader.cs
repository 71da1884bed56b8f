namespace Twin.Model.Markets.Replay;

/// <summary>
/// Reads an order file (`seq,participant,side,type,price,quantity,tif[,target]`, one order, cancel,
/// amend, call or uncross a line; see docs/market-replay.md) and reports every bad line at once,
/// each with its line number. Blank lines and lines starting with '#' are skipped; a first line
/// naming the columns is a header.
/// </summary>
public static class OrderFileReader
{
    public const string Header = "seq,participant,side,type,price,quantity,tif,target";

    private static readonly string[] Columns = Header.Split(',');

    public static ReplayParse Parse(string text, ReplayGrid grid)
    {
        var lines = new List<ReplayLine>();
        var problems = new List<ReplayProblem>();
        var parser = new ReplayLineParser(grid);
        bool first = true;
        long lastSeq = 0;
        int number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split(',').Select(f => f.Trim()).ToArray();
            if (first && fields[0].Equals("seq", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                CheckHeader(fields, number, problems);
                continue;
            }
            first = false;
            if (fields.Length is < 7 or > 8)
            {
                problems.Add(new ReplayProblem(number, $"expected 7 or 8 comma-separated fields ({Header}), got {fields.Length}"));
                continue;
            }
            // Sequence numbers must increase even across bad lines, so one typo does not hide another.
            if (long.TryParse(fields[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long seq))
            {
                if (seq <= lastSeq) problems.Add(new ReplayProblem(number, $"seq must increase from line to line: {seq} follows {lastSeq}"));
                lastSeq = Math.Max(lastSeq, seq);
            }
            var parsed = parser.Parse(number, fields, problems);
            if (parsed is not null && seq > 0 && problems.Count == 0) lines.Add(parsed);
        }
        if (lines.Count == 0 && problems.Count == 0)
            problems.Add(new ReplayProblem(Math.Max(1, number), "the file has no orders"));
        return new ReplayParse(lines, problems);
    }

    public static ReplayParse ParseFile(string path, ReplayGrid grid)
    {
        try
        {
            return Parse(File.ReadAllText(path), grid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReplayParse([], [new ReplayProblem(0, $"cannot read {path}: {e.Message}")]);
        }
    }

    private static void CheckHeader(string[] fields, int number, List<ReplayProblem> problems)
    {
        for (int i = 0; i < Math.Max(fields.Length, 7); i++)
        {
            string? expected = i < Columns.Length ? Columns[i] : null;
            string? actual = i < fields.Length ? fields[i] : null;
            if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ReplayProblem(number, $"the header must be '{Header}' (the last column may be left out), got '{string.Join(',', fields)}'"));
                return;
            }
        }
    }
}

/// <summary>The lines of an order file that parsed, and every problem found.</summary>
public sealed record ReplayParse(IReadOnlyList<ReplayLine> Lines, IReadOnlyList<ReplayProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
