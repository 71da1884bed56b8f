using Twin.Model.Kernel;
using Twin.Model.Markets.Clearing;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Markets;

/// <summary>The clearing house on hand-worked days: novation, variation margin, T+L settlement, calls and the default waterfall.</summary>
public sealed class ClearingTests
{
    [Fact]
    public void Variation_margin_moves_cash_from_the_loser_to_the_winner_on_the_settlement_day()
    {
        var ccp = new ClearingDriver(PlatformScenario.Build(settlementLag: 2));
        ccp.Step();
        // Day 0: a buys 10 lots of oil from b at 70; the close is 71. Each side's gain is 10 x 1,000 x (71 - 70).
        ccp.Trade("oil", "a", "b", 10, 70).Close("oil", 71).Step();
        Assert.Equal((10L, -10L), (ccp.Account("a").Positions[0], ccp.Account("b").Positions[0]));
        // Initial margin 10 x 1,000 x 71 x 10% = 71,000 moves from cash to collateral, held apart.
        Assert.Equal((20_000_000 - 71_000, 71_000), (ccp.Account("a").Cash[(int)Currency.Usd], ccp.Account("a").CollateralUsd));
        Assert.Equal(20_010_000, ccp.Account("a").EquityUsd);

        // Trade day 1 closes at 69 (-20,000 for a, due on day 3); settlement T+2 pays trade day 0's 10,000 on day 2.
        ccp.Close("oil", 69).Step();
        Assert.Equal(20_010_000, Holdings(ccp, "a"));
        Assert.Equal(19_990_000, Holdings(ccp, "b"));
        ccp.Close("oil", 69).Step();
        Assert.Equal(19_990_000, Holdings(ccp, "a"));
        Assert.Equal(20_010_000, Holdings(ccp, "b"));
    }

    private static double Holdings(ClearingDriver ccp, string member) =>
        ccp.Account(member).CashUsd(ccp.Scenario.Fx!) + ccp.Account(member).CollateralUsd;

    [Fact]
    public void Fees_are_charged_to_both_sides_in_patacas_and_amounts_are_netted_per_currency()
    {
        // 2 bp of 10 x 1,000 x 70 = 140 USD = 1,120 MOP a side at 0.125 USD per MOP.
        var ccp = new ClearingDriver(PlatformScenario.Build(feeRate: 0.0002));
        ccp.Step();
        ccp.Trade("oil", "a", "b", 10, 70).Trade("oil", "b", "a", 4, 70).Trade("alu", "a", "c", 8, 20_000).Close("oil", 70).Close("alu", 20_000).Step();
        var a = ccp.Account("a");
        Assert.Equal((6L, 8L), (a.Positions[0], a.Positions[1]));
        double feesUsd = 0.0002 * (14 * 1000 * 70 + 8 * 5 * 20_000 * 0.125);
        Assert.Equal(feesUsd, a.FeesUsd, 6);
        // a held no patacas: the fee was covered from its dollars at the fx table.
        Assert.Equal(0, a.Cash[(int)Currency.Mop], 6);
        Assert.Equal(20_000_000 - feesUsd, a.CashUsd(ccp.Scenario.Fx!) + a.CollateralUsd, 6);
        Assert.Equal(ccp.Model.Accounts.Sum(x => x.FeesUsd), ccp.Model.FeeRevenueUsd, 6);
        Assert.Equal(ccp.Model.DepositsUsd, ccp.Model.CashTotalUsd(), 3);
    }

    [Fact]
    public void Positions_expire_together_at_the_end_of_each_contract()
    {
        var ccp = new ClearingDriver(PlatformScenario.Build(contractDays: 3));
        ccp.Step();
        ccp.Trade("oil", "a", "b", 5, 70).Close("oil", 70).Step();
        ccp.Close("oil", 72).Step();
        Assert.Equal(5, ccp.Account("a").Positions[0]);
        // Day 2 is the contract's last day (days 2, 5, 8...): cash-settled at 75, then flat.
        ccp.Close("oil", 75).Step();
        Assert.All(ccp.Model.Accounts, account => Assert.Equal(0, account.Positions[0]));
        // Nothing is open, so no collateral is held: it all went back to cash.
        Assert.Equal((20_000_000 + 5 * 1000 * 5, 0.0), (ccp.Account("a").Cash[(int)Currency.Usd], ccp.Account("a").CollateralUsd));
    }

    [Theory]
    // c (1M cash, 2M fund contribution) is short 100 lots of oil sold at 70: 700,000 of its cash is
    // held as initial-margin collateral. Oil jumps and c pays neither call: at the variation call's
    // deadline it is in default. The cash it failed to pay is the loss: its own collateral takes it
    // first, then its fund contribution, the skin in the game (1M), the survivors' contributions (a
    // and b, 2M each), then the clearing house's capital.
    [InlineData(75, 200_000, 0, 0, 0, 0)] // its margin alone absorbs it
    [InlineData(105, 700_000, 2_000_000, 500_000, 0, 0)]
    [InlineData(140, 700_000, 2_000_000, 1_000_000, 3_000_000, 0)]
    [InlineData(200, 700_000, 2_000_000, 1_000_000, 4_000_000, 5_000_000)]
    public void A_defaulter_s_loss_is_covered_by_its_margin_its_fund_the_skin_the_survivors_and_then_capital_in_that_order(
        double jump, double byMargin, double byOwnFund, double bySkin, double bySurvivors, double byCapital)
    {
        var ccp = new ClearingDriver(PlatformScenario.Build());
        ccp.Step();
        ccp.Trade("oil", "a", "c", 100, 70).Close("oil", 70).Step();
        Assert.Equal((700_000, 300_000), (ccp.Account("c").CollateralUsd, ccp.Account("c").Cash[(int)Currency.Usd]));
        ccp.Close("oil", jump).Step();
        // The loss settles at once and leaves c's cash short: a variation call for it (due in 2 days)
        // and an initial-margin call for the collateral the higher price needs.
        double deficit = 100 * 1000 * (jump - 70) - 300_000;
        var calls = ccp.Sent.Where(m => m.Kind == MessageKind.MarginCall && m.To == ccp.Index("c")).Select(m => MarginCallMessage.From(m)).ToArray();
        Assert.Equal([(true, deficit, 4), (false, 100 * 1000 * jump * 0.1 - 700_000, 4)], calls.Select(c => (c.Variation, Math.Round(c.AmountUsd, 3), c.Deadline)));
        Assert.Equal((2.0, 1.0), (ccp.Kpi("margin_calls"), ccp.Kpi("variation_calls")));
        ccp.Close("oil", jump).Step();
        Assert.False(ccp.Account("c").Defaulted);
        ccp.Close("oil", jump).Step();

        Assert.True(ccp.Account("c").Defaulted);
        Assert.Equal(1, ccp.Kpi("defaults"));
        var w = ccp.Model.Waterfall;
        Assert.Equal(byMargin, w.LossOf(WaterfallLayer.DefaulterMargin), 3);
        Assert.Equal(byOwnFund, w.LossOf(WaterfallLayer.DefaulterFund), 3);
        Assert.Equal(bySkin, w.LossOf(WaterfallLayer.SkinInTheGame), 3);
        Assert.Equal(bySurvivors, w.LossOf(WaterfallLayer.SurvivorsFund), 3);
        Assert.Equal(byCapital, w.LossOf(WaterfallLayer.Capital), 3);
        Assert.Equal(700_000 - byMargin, w.DefaulterMarginUsd, 3);
        Assert.Equal(2_000_000 - bySurvivors / 2, ccp.Account("a").DefaultFundUsd, 3);
        Assert.Equal(ccp.Account("a").DefaultFundUsd, ccp.Account("b").DefaultFundUsd, 6);

        // The house took over c's short and sends a buy to close it; the markets and c are told.
        Assert.Equal(-100, ccp.Model.Accounts[^1].Positions[0]);
        var closeOut = NewOrderMessage.From(ccp.Sent.Single(m => m.Kind == MessageKind.OrderNew));
        Assert.Equal((Twin.Model.Markets.Book.Side.Buy, 100, Twin.Model.Markets.Book.TimeInForce.Ioc), (closeOut.Side, closeOut.Lots, closeOut.TimeInForce));
        Assert.Equal(new[] { "alu", "c", "oil" }, ccp.Sent.Where(m => m.Kind == MessageKind.DefaultNotice).Select(m => ccp.Directory[m.To].Id).Order());
        Assert.Equal(ccp.Model.DepositsUsd, ccp.Model.CashTotalUsd(), 3);
    }

    [Fact]
    public void An_unpaid_variation_call_is_a_default_at_its_deadline_even_if_part_of_the_loss_came_back()
    {
        // 500,000 lost leaves c 200,000 short; 50,000 comes back, but the call is not paid: a default.
        var ccp = new ClearingDriver(PlatformScenario.Build());
        ccp.Step();
        ccp.Trade("oil", "a", "c", 100, 70).Close("oil", 70).Step();
        ccp.Close("oil", 75).Step();
        Assert.True(ccp.Account("c").VariationCall.IsOpen);
        ccp.Close("oil", 74.5).Step();
        ccp.Close("oil", 74.5).Step();
        Assert.True(ccp.Account("c").Defaulted);
    }

    [Fact]
    public void A_call_met_in_time_keeps_the_member_trading()
    {
        var ccp = new ClearingDriver(PlatformScenario.Build());
        ccp.Step();
        ccp.Trade("oil", "a", "c", 100, 70).Close("oil", 70).Step();
        ccp.Close("oil", 80).Step();
        double call = ccp.Sent.Where(m => m.Kind == MessageKind.MarginCall).Sum(m => MarginCallMessage.From(m).AmountUsd);
        // Cash 300,000 - 1M of variation margin = -700,000 (called as variation margin), and the
        // collateral 700,000 against 100 x 1,000 x 80 x 10% = 800,000 of initial margin.
        Assert.Equal(800_000, call, 3);
        ccp.Pay("c", call).Close("oil", 80).Step();
        ccp.Close("oil", 80).Step();
        Assert.False(ccp.Account("c").Defaulted);
        Assert.False(ccp.Account("c").Called);
        Assert.Equal(800_000, ccp.Account("c").CollateralUsd, 3);
        Assert.Equal(ccp.Model.DepositsUsd, ccp.Model.CashTotalUsd(), 3);
    }
}
