using System.Text.Json.Nodes;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Scenarios;

public class ScenarioValidationTests
{
    [Fact]
    public void The_baseline_is_valid()
    {
        var result = ScenarioLoader.LoadFile(TestScenarios.PathOf("baseline.json"));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(["sco-city", "airport", "hub-port", "cosmoplat", "banqiao"], result.Scenario!.Towns.Select(t => t.Id));
    }

    [Fact]
    public void A_negative_count_names_its_path_and_value()
    {
        var result = ScenarioText.Load(root => ScenarioText.Town(root, 2)["firms"]!["manufacturing"] = -5);
        Assert.Contains("towns[2].firms.manufacturing: must be >= 0, got -5", Messages(result));
    }

    [Fact]
    public void A_missing_field_is_reported()
    {
        var result = ScenarioText.Load(root => ScenarioText.Town(root, 1).Remove("population"));
        Assert.Contains(Messages(result), m => m.StartsWith("towns[1].population: is required", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_type_is_reported()
    {
        var result = ScenarioText.Load(root => ScenarioText.Town(root, 0)["population"] = "many");
        Assert.Contains("towns[0].population: expected a number, got the string \"many\"", Messages(result));
    }

    [Fact]
    public void A_fraction_where_a_whole_number_belongs_is_reported()
    {
        var result = ScenarioText.Load(root => ScenarioText.Town(root, 0)["population"] = 1000.5);
        Assert.Contains("towns[0].population: expected a whole number, got 1000.5", Messages(result));
    }

    [Fact]
    public void An_unknown_field_is_an_error_with_a_suggestion()
    {
        var result = ScenarioText.Load(root => ScenarioText.Town(root, 3)["populaton"] = 5);
        Assert.Contains("towns[3].populaton: unknown field (did you mean 'population'?)", Messages(result));
    }

    [Fact]
    public void An_unknown_sector_is_an_error()
    {
        var result = ScenarioText.Load(root => ScenarioText.Town(root, 0)["firms"]!["mining"] = 3);
        Assert.Contains(Messages(result), m => m.StartsWith("towns[0].firms.mining: unknown field", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = ScenarioText.Load(root =>
        {
            ScenarioText.Town(root, 0)["population"] = -1;
            ScenarioText.Town(root, 1)["labourForceShare"] = 2;
            root["days"] = 0;
        });
        Assert.Equal(3, result.Problems.Count);
    }

    [Fact]
    public void A_duplicate_entity_id_is_reported_with_both_places()
    {
        var result = ScenarioText.Load(root => ScenarioText.Town(root, 4)["id"] = "airport");
        Assert.Contains("towns[4].id: duplicate id 'airport' (also used at towns[1])", Messages(result));
    }

    [Fact]
    public void A_badly_formed_id_is_reported()
    {
        var result = ScenarioText.Load(root => ScenarioText.Town(root, 0)["id"] = "SCO City");
        Assert.Contains(Messages(result), m => m.StartsWith("towns[0].id: an id must use lower-case letters", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_gives_line_and_position()
    {
        var result = ScenarioLoader.Load("{\n  \"name\": \"x\",\n  \"days\": ,\n}");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("line 3, position 11", problem.Path);
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        var result = ScenarioLoader.LoadFile("/no/such/scenario.json");
        Assert.Equal("file not found: /no/such/scenario.json", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Reformatting_a_scenario_does_not_change_its_hash_but_a_value_does()
    {
        var compact = ScenarioLoader.Load(ScenarioText.BaselineWith(_ => { })).Scenario!;
        var indented = ScenarioLoader.Load(ScenarioText.Baseline().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })).Scenario!;
        var changed = ScenarioText.Valid(root => root["seed"] = 43);
        Assert.Equal(ScenarioHash.Of(compact), ScenarioHash.Of(indented));
        Assert.NotEqual(ScenarioHash.Of(compact), ScenarioHash.Of(changed));
    }

    internal static IReadOnlyList<string> Messages(ScenarioLoadResult result)
    {
        Assert.False(result.IsValid, "expected the scenario to be invalid");
        return result.Problems.Select(p => p.ToString()).ToArray();
    }
}
