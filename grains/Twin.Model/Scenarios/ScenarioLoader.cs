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
            var problems = new ValidationProblems();
            new JsonShapeChecker(ScenarioJson.Options).Check(document.RootElement, typeof(Scenario), "", problems);
            if (problems.Any)
                return ScenarioLoadResult.Failed(problems.Items);

            Scenario scenario;
            try
            {
                scenario = document.RootElement.Deserialize<Scenario>(ScenarioJson.Options)!;
            }
            catch (JsonException e)
            {
                // The shape checker should have caught this; report it rather than crash.
                return ScenarioLoadResult.Failed(new ValidationProblem(e.Path ?? "", FirstSentence(e.Message)));
            }
            ScenarioRules.CheckAll(scenario, problems);
            return problems.Any ? ScenarioLoadResult.Failed(problems.Items) : ScenarioLoadResult.Ok(scenario);
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
