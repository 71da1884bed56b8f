using System.Text.Json.Nodes;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Logistics;

public sealed class LogisticsValidationTests
{
    [Fact]
    public void The_baseline_and_every_example_what_if_are_valid()
    {
        foreach (var file in new[] { "baseline.json", "rail-moscow-8-per-week.json", "tir-almaty-closed-14-days.json", "airport-bonded-capacity-x2.json", "rail-moscow-closed-30-days.json" })
            Assert.True(ScenarioLoader.LoadFile(TestScenarios.PathOf(file)).IsValid, file);
    }

    [Fact]
    public void A_route_from_an_unknown_hub_is_reported_with_its_path_and_the_known_hubs()
    {
        var problems = ScenarioText.Problems(n => n["routes"]![0]!["from"] = "nowhere");
        Assert.Contains("routes[0].from: no hub 'nowhere' (known: bonded-zone, multimodal-hub, tir-centre)", problems);
    }

    [Fact]
    public void A_country_with_no_destination_and_no_gateway_is_reported()
    {
        var problems = ScenarioText.Problems(n => n["countries"]![6]!.AsObject().Remove("gateway"));
        Assert.Contains(problems, p => p.StartsWith("countries[6].gateway: country 'india' has no destination of its own", StringComparison.Ordinal));
    }

    [Fact]
    public void A_destination_no_route_can_take_some_goods_to_is_reported()
    {
        var problems = ScenarioText.Problems(n => n["routes"]![13]!["goodsClasses"] = new JsonArray("general"));
        Assert.Contains(problems, p => p.Contains("'baku', but no route to it takes ecommerce goods", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_values_are_reported_by_field()
    {
        var problems = ScenarioText.Problems(n =>
        {
            n["routes"]![0]!["capacityUnit"] = "wagons";
            n["routes"]![1]!["departuresPerWeek"] = -1;
            n["logistics"]!["goodsClasses"]!["ecommerce"]!["orderDesk"] = "moscow";
        });
        Assert.Contains(problems, p => p.StartsWith("routes[0].capacityUnit: expected one of \"teu\", \"tonnes\"", StringComparison.Ordinal));
        Assert.Contains("routes[1].departuresPerWeek: must be >= 0, got -1", problems);
    }

    [Fact]
    public void Bad_response_parameters_are_reported_by_field()
    {
        var problems = ScenarioText.Problems(n =>
        {
            n["logistics"]!["serviceResponse"]!["minFactor"] = 0;
            n["logistics"]!["serviceResponse"]!["maxFactor"] = 0.9;
            n["logistics"]!["capacityResponse"]!["nodes"]!["reviewDays"] = 0;
        });
        Assert.Contains("logistics.serviceResponse.minFactor: must be > 0, got 0", problems);
        Assert.Contains("logistics.serviceResponse.maxFactor: must be >= 1, got 0.9", problems);
        Assert.Contains("logistics.capacityResponse.nodes.reviewDays: must be >= 1, got 0", problems);
        // Checked once the fields themselves are right.
        var crossed = ScenarioText.Problems(n => n["logistics"]!["capacityResponse"]!["routes"]!["lowerBelowDays"] = 9);
        Assert.Equal(["logistics.capacityResponse.routes.lowerBelowDays: must be <= raiseAboveDays (7), got 9"], crossed);
    }

    [Fact]
    public void An_order_desk_must_be_a_hub_or_a_consolidation_warehouse()
    {
        var problems = ScenarioText.Problems(n => n["logistics"]!["goodsClasses"]!["ecommerce"]!["orderDesk"] = "overseas-almaty");
        Assert.Contains(problems, p => p.StartsWith("logistics.goodsClasses.ecommerce.orderDesk: no hub or consolidation warehouse 'overseas-almaty'", StringComparison.Ordinal));
    }

    [Fact]
    public void Closing_a_border_crossing_or_scaling_a_hub_are_valid_levers_and_unknown_ones_are_not()
    {
        var problems = ScenarioText.Problems(n => n["interventions"] = new JsonArray(
            new JsonObject { ["day"] = 10, ["close"] = "borders/khorgos", ["days"] = 5 },
            new JsonObject { ["day"] = 10, ["scale"] = "hubs/multimodal-hub/handlingTeuPerDay", ["by"] = 0.5 },
            new JsonObject { ["day"] = 10, ["close"] = "borders/narnia", ["days"] = 5 }));
        Assert.Single(problems);
        Assert.StartsWith("interventions[2].close: 'borders/narnia' is not an entity of this scenario", problems[0]);
    }
}
