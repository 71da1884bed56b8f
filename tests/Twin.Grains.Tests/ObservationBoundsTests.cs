using System.Text.Json;
using Twin.Client.Live;
using Twin.Model.Scenarios;

namespace Twin.Grains.Tests;

/// <summary>Absurd observations (the values that once wrecked the live twin) are refused, each naming its field, bound and value.</summary>
public sealed class ObservationBoundsTests
{
    private static readonly Scenario Baseline = BuiltInScenarios.Baseline();

    private static readonly Dictionary<string, double> Closes = new() { ["crude-oil"] = 80, ["copper"] = 9700 };

    private static IReadOnlyList<ValidationProblem> Problems(string json) =>
        ObservationMapper.Map([JsonDocument.Parse(json).RootElement], Baseline, Baseline.Days, new ObservationLimits(), Closes).Problems;

    [Theory]
    [InlineData("1e-320", "must be between 40 and 120")]
    [InlineData("1e308", "must be between 40 and 120")]
    [InlineData("2147483647", "must be between 40 and 120")]
    [InlineData("121", "got 121")]
    public void A_price_far_from_the_recent_close_is_refused(string price, string expected)
    {
        var problem = Assert.Single(Problems($$"""{ "type": "quote", "market": "crude-oil", "date": "2025-03-10", "price": {{price}} }"""));
        Assert.Equal("observations[0].price", problem.Path);
        Assert.Contains(expected, problem.Message);
        Assert.Contains("recent close 80", problem.Message);
    }

    [Fact]
    public void A_price_near_the_recent_close_is_taken()
    {
        Assert.Empty(Problems("""{ "type": "trade", "market": "crude-oil", "date": "2025-03-10", "price": 84.2, "quantity": 3 }"""));
    }

    [Fact]
    public void A_trade_of_a_fraction_of_a_lot_is_refused()
    {
        var problem = Assert.Single(Problems("""{ "type": "trade", "market": "crude-oil", "date": "2025-03-10", "price": 80, "quantity": 1.5 }"""));
        Assert.Equal(("observations[0].quantity", "must be a whole number of lots, got 1.5"), (problem.Path, problem.Message));
    }

    [Fact]
    public void A_departure_heavier_than_one_vehicle_is_refused()
    {
        var route = Baseline.Routes.Single(r => r.Id == "rail-moscow");
        var problem = Assert.Single(Problems("""{ "type": "departure", "route": "rail-moscow", "date": "2025-03-10", "teu": 1e308 }"""));
        Assert.Equal("observations[0].teu", problem.Path);
        Assert.Contains($"must be <= {route.Capacity:#,0}", problem.Message);
        Assert.Contains("got 1E+308", problem.Message);
        Assert.Empty(Problems($$"""{ "type": "departure", "route": "rail-moscow", "date": "2025-03-10", "teu": {{route.Capacity}} }"""));
    }

    [Fact]
    public void An_enrolment_larger_than_a_class_is_refused()
    {
        var seats = Baseline.Programmes.Single(p => p.Id == "trade-training").SeatsPerClass;
        var problem = Assert.Single(Problems($$"""{ "type": "enrolment", "programme": "trade-training", "date": "2025-03-10", "trainees": { "russia": {{seats + 1}} } }"""));
        Assert.Equal("observations[0].trainees", problem.Path);
        Assert.Contains($"got {seats + 1}", problem.Message);
    }
}
