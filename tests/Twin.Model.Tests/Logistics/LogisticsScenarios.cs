using System.Text.Json;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Logistics;

/// <summary>Variants of a scenario for tests, validated like a file.</summary>
public static class LogisticsScenarios
{
    public static Scenario With(Scenario scenario, params InterventionSpec[] interventions)
    {
        var node = ScenarioPatcher.ToNode(scenario);
        node["interventions"] = JsonSerializer.SerializeToNode(interventions, ScenarioJson.Options);
        return Load(node.ToJsonString());
    }

    /// <summary>The scenario with one parameter replaced (a path as interventions use it).</summary>
    public static Scenario Set(Scenario scenario, string path, object value)
    {
        var node = ScenarioPatcher.ToNode(scenario);
        var error = ScenarioPatcher.TryApply(node, new InterventionSpec { Day = 0, Set = path, To = JsonSerializer.SerializeToElement(value) });
        Assert.Null(error);
        return Load(node.ToJsonString());
    }

    public static Scenario Load(string json)
    {
        var result = ScenarioLoader.Load(json);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }
}
