using System.Text.Json.Nodes;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Support;

/// <summary>Edits the baseline's JSON text to make good and bad scenarios for tests.</summary>
public static class ScenarioText
{
    public static JsonObject Baseline() => JsonNode.Parse(BuiltInScenarios.BaselineJson)!.AsObject();

    /// <summary>The baseline with an edit applied, as JSON text.</summary>
    public static string BaselineWith(Action<JsonObject> edit)
    {
        var root = Baseline();
        edit(root);
        return root.ToJsonString();
    }

    public static ScenarioLoadResult Load(Action<JsonObject> edit) => ScenarioLoader.Load(BaselineWith(edit));

    /// <summary>The problems of the edited baseline, as the loader prints them (none when it is valid).</summary>
    public static IReadOnlyList<string> Problems(Action<JsonObject> edit) => Load(edit).Problems.Select(p => p.ToString()).ToArray();

    public static Scenario Valid(Action<JsonObject> edit)
    {
        var result = Load(edit);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    public static JsonObject Town(JsonObject root, int index) => root["towns"]![index]!.AsObject();
}
