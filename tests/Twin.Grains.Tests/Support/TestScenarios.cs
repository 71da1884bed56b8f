using Twin.Model.Scenarios;

namespace Twin.Grains.Tests.Support;

/// <summary>The repository's scenario files and small synthetic zones.</summary>
public static class TestScenarios
{
    public static Scenario Baseline(int days = 60) => With(BuiltInScenarios.Baseline(), days);

    public static Scenario Light(int entities, int messages, int days) => new()
    {
        Name = "light",
        Days = days,
        Sectors = BuiltInScenarios.Baseline().Sectors,
        Synthetic = new SyntheticSpec { Entities = entities, MessagesPerTick = messages },
    };

    public static Scenario With(Scenario scenario, int days, params InterventionSpec[] interventions)
    {
        var node = ScenarioPatcher.ToNode(scenario);
        node["days"] = days;
        if (interventions.Length > 0)
            node["interventions"] = System.Text.Json.JsonSerializer.SerializeToNode(interventions, ScenarioJson.Options);
        var text = node.ToJsonString();
        var result = ScenarioLoader.Load(text);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }
}
