using System.Text.Json.Nodes;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Markets;

/// <summary>The exchange rules in the running platform: the baseline's markets with one rule switched on, against the same seed without it.</summary>
public sealed class ExchangeRulesPlatformTests(ITestOutputHelper output)
{
    private const int Days = 120;

    [Fact]
    public void A_closing_auction_that_trades_sets_the_settlement_price()
    {
        var series = Run(new JsonObject { ["closingCallShare"] = 0.2 });
        int auctions = 0;
        foreach (var market in Markets)
        {
            var s = series.Of(market.Id);
            for (int d = 0; d < Days; d++)
            {
                if (s.Series("closing_auction_lots")[d] == 0 || s.Series("expiries")[d] == 1) continue;
                auctions++;
                Assert.Equal(s.Series("closing_auction_price")[d], s.Series("close")[d], 9);
            }
        }
        output.WriteLine($"{auctions} closing auctions set the settlement price over {Markets.Count} markets x {Days} days");
        Assert.True(auctions > 50, "closing auctions traded");
        Assert.All(Markets, m => Assert.Equal(0, Baseline.Of(m.Id).Sum("closing_auction_lots")));
    }

    [Fact]
    public void A_tight_dynamic_band_halts_markets_that_still_trade_and_end_every_day_reopened()
    {
        var series = Run(new JsonObject { ["dynamicBand"] = 0.005, ["haltMessages"] = 5 });
        double halts = Markets.Sum(m => series.Of(m.Id).Sum("halts"));
        output.WriteLine($"{halts} halts; volume {Markets.Sum(m => series.Of(m.Id).Sum("volume_lots")):N0} lots against {Markets.Sum(m => Baseline.Of(m.Id).Sum("volume_lots")):N0}");
        Assert.True(halts > 0);
        Assert.Equal(0, Markets.Sum(m => Baseline.Of(m.Id).Sum("halts")));
        Assert.All(Markets, m => Assert.True(series.Of(m.Id).Series("trades").Count(t => t > 0) > 0.9 * Days, $"{m.Id} kept trading"));
    }

    [Fact]
    public void With_a_position_limit_no_member_holds_more_than_it_and_orders_that_would_are_refused()
    {
        const int Limit = 40;
        var series = Run(new JsonObject { ["positionLimitLots"] = Limit });
        double largest = 0, baselineLargest = 0;
        foreach (var member in series.Where(s => s.Kind == "participant" && s.EntityId != "clearing-house"))
            foreach (var name in member.Names.Where(n => n.StartsWith("position_", StringComparison.Ordinal)))
            {
                largest = Math.Max(largest, member.Series(name).Max(Math.Abs));
                baselineLargest = Math.Max(baselineLargest, Baseline.Of(member.EntityId).Series(name).Max(Math.Abs));
            }
        double refused = Markets.Sum(m => series.Of(m.Id).Sum("position_limit_rejects"));
        output.WriteLine($"largest position {largest} lots with the limit, {baselineLargest} without; {refused} orders refused");
        Assert.True(baselineLargest > Limit, "the limit binds: without it some member holds more");
        Assert.True(largest <= Limit, $"a member held {largest} lots");
        Assert.True(refused > 0);
    }

    private static readonly IReadOnlyList<KpiSeries> Baseline = Run([]);

    private static IReadOnlyList<MarketSpec> Markets => TestScenarios.Baseline().Markets;

    private static IReadOnlyList<KpiSeries> Run(JsonObject rules)
    {
        var scenario = WithRules(rules);
        return new SequentialRunner(scenario, scenario.Seed, 0, Days).Run();
    }

    /// <summary>The baseline's platform alone for <see cref="Days"/> days, every market with these rules.</summary>
    private static Scenario WithRules(JsonObject rules)
    {
        var node = ScenarioPatcher.ToNode(FairArrivalTests.PlatformOnly(TestScenarios.Baseline()));
        node["days"] = Days;
        foreach (var market in node["markets"]!.AsArray()) market!["rules"] = rules.DeepClone();
        return TestScenarios.FromJson(node.ToJsonString());
    }
}
