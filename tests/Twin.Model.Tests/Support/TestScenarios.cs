using Twin.Model.Scenarios;
using Twin.Testing;

namespace Twin.Model.Tests.Support;

/// <summary>Finds the repository's scenario files and builds small scenarios for tests.</summary>
public static class TestScenarios
{
    public static string PathOf(string fileName) => Repository.Path("scenarios", fileName);

    public static Scenario Load(string fileName)
    {
        var result = ScenarioLoader.LoadFile(PathOf(fileName));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    public static Scenario Baseline() => Load("baseline.json");

    /// <summary>A scenario from JSON text, which must be valid.</summary>
    public static Scenario FromJson(string json)
    {
        var result = ScenarioLoader.Load(json);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    /// <summary>The scenario with another horizon and, if given, these interventions instead of its own.</summary>
    public static Scenario With(Scenario scenario, int days, params InterventionSpec[] interventions)
    {
        var node = ScenarioPatcher.ToNode(scenario);
        node["days"] = days;
        if (interventions.Length > 0)
            node["interventions"] = System.Text.Json.JsonSerializer.SerializeToNode(interventions, ScenarioJson.Options);
        return FromJson(node.ToJsonString());
    }
}
