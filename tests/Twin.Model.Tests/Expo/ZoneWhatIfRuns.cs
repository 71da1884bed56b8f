using System.Text.Json;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Couplings;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Expo;

/// <summary>
/// A what-if of the expo centre or the e-commerce base against the baseline, paired by replication,
/// on both files without the trading platform (markets, members, clearing): the expo and the base
/// neither send to it nor hear from it, and without it a replication runs in about a second.
/// </summary>
public static class ZoneWhatIfRuns
{
    public static PairedRuns Of(string whatIf, int replications, int days) =>
        PairedRuns.Of(WithoutPlatform("baseline.json", days), WithoutPlatform(whatIf, days), replications, days);

    /// <summary>The baseline against itself changed by <paramref name="change"/> (on its JSON).</summary>
    public static PairedRuns Changed(Action<System.Text.Json.Nodes.JsonObject> change, int replications, int days) =>
        PairedRuns.Of(WithoutPlatform("baseline.json", days), WithoutPlatform("baseline.json", days, change), replications, days);

    private static Scenario WithoutPlatform(string file, int days, Action<System.Text.Json.Nodes.JsonObject>? change = null)
    {
        var node = ScenarioPatcher.ToNode(TestScenarios.Load(file));
        change?.Invoke(node);
        foreach (var section in new[] { "markets", "participants", "clearing", "fx", "bondMarket", "curves", "issuers", "bonds", "investors" }) node.Remove(section);
        node["sectors"] = JsonSerializer.SerializeToNode(BuiltInScenarios.SectorsWithoutInputs(), ScenarioJson.Options);
        node["days"] = days;
        return TestScenarios.FromJson(node.ToJsonString());
    }
}
