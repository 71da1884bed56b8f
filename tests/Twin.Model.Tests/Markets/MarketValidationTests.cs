using System.Text.Json.Nodes;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Markets;

/// <summary>The platform's sections are checked like the rest of a scenario: every problem, with its path.</summary>
public sealed class MarketValidationTests
{
    [Fact]
    public void Broken_references_and_bands_are_reported_with_their_paths()
    {
        var problems = ScenarioText.Problems(root =>
        {
            var member = root["participants"]![0]!;
            member["markets"]![0]!["id"] = "gold";
            member["town"] = "atlantis";
            root["markets"]![2]!["priceCap"] = -200;
            root.Remove("fx");
        });
        Assert.Contains("fx: is required when there are markets", problems);
        Assert.Contains(problems, p => p.StartsWith("participants[0].markets[0].id: 'gold' is not a market of this scenario", StringComparison.Ordinal));
        Assert.Contains("participants[0].town: 'atlantis' is not a town of this scenario", problems);
        Assert.Contains("markets[2].priceCap: must be above priceFloor (-100), got -200", problems);
        Assert.Equal(["markets[0].fundamental.shock: must be <= 10, got 12"], ScenarioText.Problems(root => root["markets"]![0]!["fundamental"]!["shock"] = 12));
    }

    [Fact]
    public void A_member_s_size_in_a_market_is_a_lever_but_its_list_of_markets_is_fixed_for_the_run()
    {
        Assert.Empty(ScenarioText.Problems(root => root["interventions"] = new JsonArray(
            new JsonObject { ["day"] = 30, ["set"] = "participants/ru-energy-exporter/markets/crude-oil/lots", ["to"] = 4000 })));
        Assert.Contains(ScenarioText.Problems(root => root["interventions"] = new JsonArray(
                new JsonObject { ["day"] = 30, ["set"] = "participants/ru-energy-exporter/markets", ["to"] = new JsonArray() })),
            p => p.StartsWith("interventions[0].set: 'participants/ru-energy-exporter/markets' is an initial condition", StringComparison.Ordinal));
    }
}
