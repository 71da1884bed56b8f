using System.Text.Json;
using System.Text.RegularExpressions;
using Twin.Model.Scenarios;

namespace Twin.Cli.Commands;

/// <summary>Reads a file of observed events (JSONL or a JSON array) and names problems by line.</summary>
public static partial class ObservationFile
{
    /// <summary>Bad lines named in one message; the rest are counted.</summary>
    public const int MaxProblemsListed = 20;

    [GeneratedRegex(@"^observations\[(\d+)\]")]
    private static partial Regex Index();

    /// <summary>The events, and for each the line it starts on.</summary>
    public static (JsonElement[] Events, int[] Lines) Read(string path)
    {
        if (Directory.Exists(path)) throw new UsageException($"{path} is a folder, not a file of observations");
        if (!File.Exists(path)) throw new UsageException($"file not found: {path}");
        var text = File.ReadAllText(path);
        if (text.TrimStart().StartsWith('['))
        {
            try
            {
                var events = JsonDocument.Parse(text).RootElement.EnumerateArray().ToArray();
                return (events, []);
            }
            catch (JsonException e) { throw new UsageException($"{path} is not valid JSON: {e.Message.Split(". ")[0]}"); }
        }
        var list = new List<JsonElement>();
        var lines = new List<int>();
        var bad = new List<string>();
        int badLines = 0;
        var all = text.Split('\n');
        for (int i = 0; i < all.Length; i++)
        {
            var line = all[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            try
            {
                list.Add(JsonDocument.Parse(line).RootElement);
                lines.Add(i + 1);
            }
            catch (JsonException e)
            {
                // Every bad line is named at once (up to a cap), so one pass over the file fixes them all.
                if (++badLines <= MaxProblemsListed) bad.Add($"  line {i + 1}: not valid JSON: {e.Message.Split(". ")[0]}");
            }
        }
        if (badLines > 0)
        {
            if (badLines > MaxProblemsListed) bad.Add($"  ... and {badLines - MaxProblemsListed:N0} more");
            throw new UsageException($"{path} has {badLines:N0} line{(badLines == 1 ? "" : "s")} that are not valid JSON:\n{string.Join("\n", bad)}");
        }
        if (list.Count == 0) throw new UsageException($"{path} holds no observations.");
        return (list.ToArray(), lines.ToArray());
    }

    /// <summary>"line 7: route: no route 'x'" for a JSONL file; the JSON path for an array.</summary>
    public static string Locate(ValidationProblem problem, int[] lines)
    {
        var match = Index().Match(problem.Path);
        if (!match.Success || lines.Length == 0) return problem.ToString();
        int index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rest = problem.Path[match.Length..].TrimStart('.');
        return $"line {lines[index]}: {(rest.Length > 0 ? rest + ": " : "")}{problem.Message}";
    }
}
