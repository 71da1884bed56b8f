using System.Text.Json;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Couplings;

/// <summary>The platform's prices reach the towns' costs, margins and output, and can be switched off.</summary>
public sealed class MarketsToTownsTests
{
    private const int ShockDay = 30, Days = 120;
    private static readonly KpiWindow AfterShock = new(60, Days - 1);

    /// <summary>The baseline, shortened, with the oil-price-shock-30pct lever moved to day 30 so the test stays short.</summary>
    private static Scenario OilShock(Scenario baseline) => TestScenarios.With(baseline, Days,
        new InterventionSpec { Day = ShockDay, Set = "markets/crude-oil/fundamental/shock", To = JsonSerializer.SerializeToElement(0.3) });

    [Fact]
    public void An_oil_shock_cuts_manufacturing_margins_and_output_with_intervals_below_zero()
    {
        var baseline = TestScenarios.With(TestScenarios.Baseline(), Days);
        var runs = PairedRuns.Of(baseline, OilShock(TestScenarios.Baseline()), replications: 8, Days);

        var margin = runs.Compare("cosmoplat", "operating_margin", AfterShock);
        Assert.True(margin.Difference.Upper < 0, $"cosmoplat's margin: difference {margin.Difference.Mean:G3}, CI [{margin.Difference.Lower:G3}, {margin.Difference.Upper:G3}]");
        var output = runs.Compare("cosmoplat", "output_manufacturing_cny", AfterShock);
        Assert.True(output.Difference.Upper < 0, $"cosmoplat's manufacturing output: difference {output.Difference.Mean:G3}, CI [{output.Difference.Lower:G3}, {output.Difference.Upper:G3}]");
        var prices = runs.Compare("cosmoplat", "input_price_index", AfterShock);
        Assert.True(prices.Difference.Lower > 0, "the town's input prices rise with oil");
    }

    [Fact]
    public void Without_inputs_the_towns_do_not_feel_the_platforms_prices()
    {
        var node = ScenarioPatcher.ToNode(TestScenarios.Baseline());
        foreach (var (_, sector) in node["sectors"]!.AsObject()) sector!["inputs"] = new System.Text.Json.Nodes.JsonArray();
        var switchedOff = TestScenarios.FromJson(node.ToJsonString());
        var baseline = new SequentialRunner(TestScenarios.With(switchedOff, Days), 42, 0, Days).Run();
        var shocked = new SequentialRunner(OilShock(switchedOff), 42, 0, Days).Run();
        foreach (var town in baseline.Where(s => s.Kind == "town"))
            Assert.Equal(town.Series("output_cny"), shocked.Single(s => s.EntityId == town.EntityId).Series("output_cny"));
    }
}
