using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;
using Twin.Testing;

namespace Twin.Model.Tests.Scenarios;

public class ScenarioBaseTests
{
    [Fact]
    public void A_what_if_with_a_base_is_the_base_with_its_own_fields_on_top()
    {
        var result = ScenarioLoader.LoadFile(TestScenarios.PathOf("rail-moscow-8-per-week.json"));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var baseline = TestScenarios.Baseline();
        Assert.Equal("rail-moscow-8-per-week", result.Scenario!.Name);
        Assert.Equal(baseline.Towns.Count, result.Scenario.Towns.Count);
        Assert.Equal(baseline.Routes.Count, result.Scenario.Routes.Count);
        Assert.Single(result.Scenario.Interventions);
    }

    [Fact]
    public void Every_what_if_of_the_repository_validates()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("scenarios"), "*.json"))
        {
            var result = ScenarioLoader.LoadFile(file);
            Assert.True(result.IsValid, $"{Path.GetFileName(file)}: {string.Join("; ", result.Problems)}");
        }
    }

    [Fact]
    public void A_missing_base_file_is_named()
    {
        using var dir = new TempFolder("twin-base-");
        File.WriteAllText(dir.PathOf("w.json"), """{ "base": "nowhere.json", "name": "w" }""");
        var problem = Assert.Single(ScenarioLoader.LoadFile(dir.PathOf("w.json")).Problems);
        Assert.Equal("base", problem.Path);
        Assert.Contains("base file not found", problem.Message);
    }

    [Fact]
    public void A_cycle_of_bases_is_reported()
    {
        using var dir = new TempFolder("twin-base-");
        File.WriteAllText(dir.PathOf("a.json"), """{ "base": "b.json", "name": "a" }""");
        File.WriteAllText(dir.PathOf("b.json"), """{ "base": "a.json", "name": "b" }""");
        var problem = Assert.Single(ScenarioLoader.LoadFile(dir.PathOf("a.json")).Problems);
        Assert.Contains("leads back", problem.Message);
    }

    [Fact]
    public void Problems_of_the_merged_scenario_keep_their_paths()
    {
        using var dir = new TempFolder("twin-base-");
        File.Copy(TestScenarios.PathOf("baseline.json"), dir.PathOf("baseline.json"));
        File.WriteAllText(dir.PathOf("w.json"), """{ "base": "baseline.json", "name": "w", "days": 0 }""");
        Assert.Contains(ScenarioLoader.LoadFile(dir.PathOf("w.json")).Problems, p => p.ToString() == "days: must be >= 1, got 0");
    }

    [Fact]
    public void A_what_if_on_a_what_if_applies_its_base_levers_then_its_own()
    {
        using var dir = new TempFolder("twin-base-");
        File.Copy(TestScenarios.PathOf("baseline.json"), dir.PathOf("baseline.json"));
        File.WriteAllText(dir.PathOf("more-trains.json"), """
            { "base": "baseline.json", "name": "more-trains",
              "interventions": [ { "day": 90, "set": "routes/rail-moscow/departuresPerWeek", "to": 8 } ] }
            """);
        File.WriteAllText(dir.PathOf("and-almaty-closed.json"), """
            { "base": "more-trains.json", "name": "and-almaty-closed",
              "interventions": [ { "day": 120, "close": "routes/tir-almaty", "days": 14 } ] }
            """);
        var result = ScenarioLoader.LoadFile(dir.PathOf("and-almaty-closed.json"));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal([90, 120], result.Scenario!.Interventions.Select(i => i.Day));
    }

    [Fact]
    public void An_array_other_than_interventions_replaces_the_base_array_whole()
    {
        using var dir = new TempFolder("twin-base-");
        var baseline = TestScenarios.Baseline();
        File.Copy(TestScenarios.PathOf("baseline.json"), dir.PathOf("baseline.json"));
        var oneTown = System.Text.Json.JsonSerializer.Serialize(baseline.Towns.Take(1), ScenarioJson.Options);
        File.WriteAllText(dir.PathOf("one-town.json"), $$"""{ "base": "baseline.json", "name": "one-town", "towns": {{oneTown}} }""");
        // The base's hubs still name the other towns: that they are now unknown shows the list was replaced, not merged.
        var problems = ScenarioLoader.LoadFile(dir.PathOf("one-town.json")).Problems;
        Assert.Contains(problems, p => p.ToString() == $"hubs[0].town: no town 'hub-port' (known: {baseline.Towns[0].Id})");
    }

    [Fact]
    public void Text_that_names_a_base_is_told_to_come_from_its_file()
    {
        var problem = Assert.Single(ScenarioLoader.Load("""{ "base": "baseline.json", "name": "w" }""").Problems);
        Assert.Equal("base", problem.Path);
        Assert.Contains("must be read from its file", problem.Message);
    }
}
