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

    /// <summary>
    /// The baseline's sectors without their inputs, for a scenario with other markets than the
    /// baseline's (a benchmark's platform): its towns, if any, buy nothing at its prices.
    /// </summary>
    public static SectorTable<SectorSpec> SectorsWithoutInputs()
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(Baseline().Sectors, ScenarioJson.Options)!;
        foreach (var (_, sector) in node.AsObject()) sector!.AsObject().Remove("inputs");
        return System.Text.Json.JsonSerializer.Deserialize<SectorTable<SectorSpec>>(node, ScenarioJson.Options)!;
    }

    private static string Read(string name)
    {
        using var stream = typeof(BuiltInScenarios).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
