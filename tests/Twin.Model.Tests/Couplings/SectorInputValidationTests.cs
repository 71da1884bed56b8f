using System.Text.Json.Nodes;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Couplings;

/// <summary>A sector's inputs are checked like the rest of a scenario: every problem, with its path.</summary>
public sealed class SectorInputValidationTests
{
    [Fact]
    public void Inputs_name_markets_once_and_leave_a_margin()
    {
        var problems = ScenarioText.Problems(root =>
        {
            var inputs = root["sectors"]!["manufacturing"]!["inputs"]!.AsArray();
            inputs[0]!["id"] = "gold";
            inputs[1]!["id"] = "electricity";
            root["sectors"]!["logisticsServices"]!["wageShare"] = 0.9;
        });
        Assert.Contains("sectors.manufacturing.inputs[0].id: 'gold' is not a market of this scenario", problems);
        Assert.Contains("sectors.manufacturing.inputs[2].id: 'electricity' is listed twice", problems);
        Assert.Contains(problems, p => p.StartsWith("sectors.logisticsServices.wageShare: wages (0.9) and inputs (0.18) must leave a margin", StringComparison.Ordinal));
        // A share out of range is named, and so is the margin it leaves (every problem at once).
        var tooHigh = ScenarioText.Problems(root => root["sectors"]!["ecommerce"]!["inputs"]![0]!["costShare"] = 1.5);
        Assert.Equal("sectors.ecommerce.inputs[0].costShare: must be <= 1, got 1.5", tooHigh[0]);
        Assert.All(tooHigh.Skip(1), p => Assert.StartsWith("sectors.ecommerce.wageShare: wages (0.35) and inputs", p));
    }

    [Fact]
    public void An_input_cost_share_is_a_lever()
    {
        Assert.Empty(ScenarioText.Problems(root => root["interventions"] = new JsonArray(
            new JsonObject { ["day"] = 30, ["scale"] = "sectors/manufacturing/inputs/crude-oil/costShare", ["by"] = 2 })));
    }
}
