using System.Text.Json;

namespace Twin.Model.Scenarios;

/// <summary>
/// Reads a scenario file and reports every problem at once: syntax, shape (unknown, missing and
/// mistyped fields, values out of range), then whole-scenario rules. Never throws for bad input.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The JSON a scenario file may be written in (comments, trailing commas); base files too.</summary>
    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    public static ScenarioLoadResult LoadFile(string path)
    {
        if (Directory.Exists(path))
            return ScenarioLoadResult.Failed(new ValidationProblem("", $"{path} is a folder, not a scenario file (such as scenarios/baseline.json)"));
        if (!File.Exists(path))
            return ScenarioLoadResult.Failed(new ValidationProblem("", $"file not found: {path}"));
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ScenarioLoadResult.Failed(new ValidationProblem("", $"cannot read {path}: {e.Message}"));
        }
        var (resolved, problem) = ScenarioBase.Resolve(path, text);
        return problem is not null ? ScenarioLoadResult.Failed(problem) : Load(resolved!);
    }

    public static ScenarioLoadResult Load(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            return ScenarioLoadResult.Failed(new ValidationProblem(where, $"not valid JSON: {FirstSentence(e.Message)}"));
        }

        using (document)
        {
            // A base is found relative to the file that names it; text alone has no folder.
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(ScenarioBase.Field, out _))
                return ScenarioLoadResult.Failed(new ValidationProblem(ScenarioBase.Field,
                    "a scenario that names a base must be read from its file, which the base is found relative to " +
                    "(twin validate FILE, TwinClient.ValidateFileAsync, ScenarioDocument.Load)"));
            var problems = new ValidationProblems();
            new JsonShapeChecker(ScenarioJson.Options).Check(document.RootElement, typeof(Scenario), "", problems);
            bool shapeWrong = problems.Any;

            Scenario scenario;
            try
            {
                scenario = document.RootElement.Deserialize<Scenario>(ScenarioJson.Options)!;
            }
            catch (JsonException e)
            {
                // A shape problem already says why; otherwise the shape checker missed it: report it rather than crash.
                return ScenarioLoadResult.Failed(shapeWrong ? problems.Items : [new ValidationProblem(e.Path ?? "", FirstSentence(e.Message))]);
            }
            if (!shapeWrong)
                ScenarioRules.CheckAll(scenario, problems);
            else
                CheckRulesDespiteShape(scenario, problems);
            return problems.Any ? ScenarioLoadResult.Failed(problems.Items) : ScenarioLoadResult.Ok(scenario);
        }
    }

    /// <summary>
    /// Every problem at once: a file with a value out of range (day -1) may also break a rule
    /// (a lever set to -4), and both are named. The rules expect a well-shaped scenario; one that
    /// trips over a value already reported has nothing to add.
    /// </summary>
    private static void CheckRulesDespiteShape(Scenario scenario, ValidationProblems problems)
    {
        foreach (var rule in ScenarioRules.All)
        {
            try
            {
                rule.Check(scenario, problems);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or NullReferenceException
                                          or KeyNotFoundException or OverflowException or FormatException)
            {
            }
        }
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}

/// <summary>A scenario, or every reason there is none.</summary>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Scenario is not null && Problems.Count == 0;

    public static ScenarioLoadResult Ok(Scenario scenario) => new(scenario, []);

    public static ScenarioLoadResult Failed(params IReadOnlyList<ValidationProblem> problems) => new(null, problems);
}
