using Twin.Model.Kernel;
using Twin.Model.Markets.Clearing;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Markets;

/// <summary>
/// A member that cannot pay variation margin, in the running platform: the baseline with the hub
/// port's fuel hedger left without reserves. A hedger keeps its hedge under a call, so the first
/// loss its cash cannot cover goes unpaid and it is in default at that call's deadline; the house
/// takes over and closes out its positions, and its own margin takes the loss.
/// </summary>
public sealed class DefaultScenarioTests(ITestOutputHelper output)
{
    private const string Member = "hub-port-logistics";
    private const int Days = 120;

    private static InterventionSpec Set(string path, double value) =>
        new() { Day = 0, Set = path, To = System.Text.Json.JsonDocument.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement };

    [Fact]
    public void A_member_that_leaves_a_variation_call_unpaid_is_in_default_at_the_deadline_and_the_house_closes_it_out()
    {
        var scenario = TestScenarios.With(FairArrivalTests.PlatformOnly(TestScenarios.Baseline()), Days,
            Set($"participants/{Member}/reservesUsd", 0));
        var runner = new SequentialRunner(scenario, scenario.Seed, 0, Days);
        var series = runner.Run();
        var (member, clearing) = (series.Of(Member), series.Of("clearing-house"));
        var ccp = (ClearingHouseModel)runner.Hosts.First(h => h.Entity.Kind == ClearingKind.Name).Model;

        int defaultDay = Array.IndexOf(clearing.Series("defaults"), 1.0);
        Assert.True(defaultDay > 0, "the member defaulted");
        Assert.Equal(1, clearing.Sum("defaults"));
        // The call was made two days before (the soonest a payment could arrive), read the day after, and nothing was paid.
        int called = defaultDay - 2;
        Assert.True(member.Series("margin_calls")[called + 1] >= 1, "the member heard of a call two days before its default");
        Assert.True(clearing.Series("variation_calls")[called] >= 1, "a variation call was made that day");
        Assert.Equal(1, member.Series("defaulted")[defaultDay + 1]);

        // It stops trading the day it hears; the house's close-out leaves no position behind.
        Assert.Equal(0, member.Series("orders")[(defaultDay + 2)..].Sum());
        var house = clearing.Series("house_position_lots");
        int flat = Array.FindIndex(house, defaultDay + 1, lots => lots == 0);
        // One IOC order a market every other day, as far as the book's depth within the slippage goes.
        Assert.InRange(flat, defaultDay + 1, defaultDay + 20);
        Assert.All(ccp.Accounts[^1].Positions, lots => Assert.Equal(0, lots));

        // The defaulter's own margin takes the loss; nobody else pays.
        double byMargin = clearing.Last("loss_defaulter_margin_usd");
        output.WriteLine($"called day {called}, default day {defaultDay}, flat by day {flat}; loss to its margin {byMargin:N0}, " +
                         $"to its fund {clearing.Last("loss_defaulter_fund_usd"):N0}, to the rest {clearing.Last("loss_skin_usd") + clearing.Last("loss_survivors_fund_usd") + clearing.Last("loss_capital_usd"):N0}");
        Assert.True(byMargin > 0);
        Assert.Equal(0, clearing.Last("loss_skin_usd") + clearing.Last("loss_survivors_fund_usd") + clearing.Last("loss_capital_usd"));
        Assert.All(Enumerable.Range(0, Days), d => Assert.Equal(clearing.Get(d, clearing.IndexOf("deposits_usd")), clearing.Get(d, clearing.IndexOf("cash_total_usd")), 2));
    }
}
