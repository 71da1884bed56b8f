using Twin.Model.Scenarios;

namespace Twin.Client.Runs;

/// <summary>A validated scenario with its canonical JSON and content hash, ready to run.</summary>
public sealed record ScenarioDocument(Scenario Scenario, string CanonicalJson, string Hash, string? SourcePath)
{
    public static ScenarioDocument From(Scenario scenario, string? sourcePath = null)
    {
        var json = ScenarioJson.Serialize(scenario);
        return new ScenarioDocument(scenario, json, ScenarioHash.OfCanonical(json), sourcePath);
    }

    /// <summary>Loads and validates a file; throws <see cref="ScenarioInvalidException"/> listing every problem.</summary>
    public static ScenarioDocument Load(string path)
    {
        var result = ScenarioLoader.LoadFile(path);
        if (!result.IsValid) throw new ScenarioInvalidException(path, result.Problems);
        return From(result.Scenario!, path);
    }
}

/// <summary>A scenario with problems; the message lists them all, one per line.</summary>
public sealed class ScenarioInvalidException(string source, IReadOnlyList<ValidationProblem> problems)
    : Exception($"{source} is not a valid scenario:\n" + string.Join("\n", problems.Select(p => $"  {p}")))
{
    public string File { get; } = source;

    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
