namespace Twin.Model.Scenarios;

/// <summary>Scenarios compiled into the twin, so it can run with no file at hand (the live twin, benchmarks).</summary>
public static class BuiltInScenarios
{
    /// <summary>The text of scenarios/baseline.json as it was at build time.</summary>
    public static string BaselineJson { get; } = Read("Twin.Model.Scenarios.baseline.json");

    public static Scenario Baseline()
    {
        var result = ScenarioLoader.Load(BaselineJson);
        return result.Scenario ?? throw new InvalidOperationException("The built-in baseline is invalid: " + string.Join("; ", result.Problems));
    }

    private static string Read(string name)
    {
        using var stream = typeof(BuiltInScenarios).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
