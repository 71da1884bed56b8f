using System.Text.Json.Nodes;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Scenarios;

/// <summary>However large and bad the document, the answer stays small: each problem once, at most 100, short messages.</summary>
public class BoundedProblemsTests
{
    [Fact]
    public void A_problem_is_reported_once()
    {
        var problems = new ValidationProblems();
        problems.Add("towns[0].id", "bad");
        problems.Add("towns[0].id", "bad");
        Assert.Single(problems.Items);
    }

    [Fact]
    public void Past_a_hundred_problems_only_a_count_of_the_rest_is_kept()
    {
        var result = ScenarioText.Load(root =>
        {
            var hubs = root["hubs"]!.AsArray();
            var template = hubs[0]!.ToJsonString();
            for (int i = 0; i < 500; i++)
            {
                var hub = JsonNode.Parse(template)!.AsObject();
                hub["id"] = $"extra-hub-{i}";
                hub["town"] = $"nowhere-{i}";
                hubs.Add(hub);
            }
        });
        Assert.Equal(ValidationProblems.MaxReported + 1, result.Problems.Count);
        Assert.Matches(@"^\.\.\. and [\d,]+ more problems", result.Problems[^1].Message);
    }

    [Fact]
    public void Known_ids_are_listed_when_few_and_the_closest_suggested_when_many()
    {
        Assert.Equal("no town 'sco-cty' (known: a, sco-city)", ValidationProblems.Missing("town", "sco-cty", ["sco-city", "a"]));
        var many = Enumerable.Range(0, 5000).Select(i => $"town-{i}").ToArray();
        var message = ValidationProblems.Missing("town", "twn-4321", many);
        Assert.Equal("no town 'twn-4321' (did you mean 'town-4321'? 5,000 are known)", message);
        Assert.Equal("no town 'zzzzzzzzzzzzzz' (5,000 are known, none close to it)", ValidationProblems.Missing("town", "zzzzzzzzzzzzzz", many));
    }

    [Fact]
    public void A_long_id_is_echoed_cut_short()
    {
        var message = ValidationProblems.Missing("town", new string('q', 10_000), ["a"]);
        Assert.True(message.Length < 200, message);
    }

    [Fact]
    public void A_title_longer_than_its_limit_is_refused()
    {
        Assert.Contains(ScenarioText.Problems(root => root["name"] = new string('n', 201)), p => p == "name: must have at most 200 characters, got 201");
    }
}
