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
        Assert.Equal(20_000_000, ccp.Account("a").Cash[(int)Currency.Usd]);
        Assert.Equal(20_010_000, ccp.Account("a").EquityUsd);

        // Trade day 1 closes at 69 (-20,000 for a, due on day 3); settlement T+2 pays trade day 0's 10,000 on day 2.
        ccp.Close("oil", 69).Step();
        Assert.Equal(20_010_000, ccp.Account("a").Cash[(int)Currency.Usd]);
        Assert.Equal(19_990_000, ccp.Account("b").Cash[(int)Currency.Usd]);
        ccp.Close("oil", 69).Step();
        Assert.Equal(19_990_000, ccp.Account("a").Cash[(int)Currency.Usd]);
        Assert.Equal(20_010_000, ccp.Account("b").Cash[(int)Currency.Usd]);
    }

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
        Assert.Equal(20_000_000 - feesUsd, a.CashUsd(ccp.Scenario.Fx!), 6);
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
        Assert.Equal(20_000_000 + 5 * 1000 * 5, ccp.Account("a").Cash[(int)Currency.Usd]);
    }

    [Theory]
    // c (1M cash, 2M fund contribution) is short 100 lots of oil sold at 70 when oil jumps. Its loss
    // beyond its own resources goes: its fund contribution, the skin in the game (1M), the
    // survivors' contributions (a and b, 2M each), then the clearing house's capital.
    [InlineData(140, 0, 2_000_000, 1_000_000, 3_000_000, 0)]
    [InlineData(200, 0, 2_000_000, 1_000_000, 4_000_000, 5_000_000)]
    [InlineData(105, 0, 2_000_000, 500_000, 0, 0)]
    public void A_defaulter_s_loss_is_covered_by_its_fund_the_skin_the_survivors_and_then_capital_in_that_order(
        double jump, double byMargin, double byOwnFund, double bySkin, double bySurvivors, double byCapital)
    {
        var ccp = new ClearingDriver(PlatformScenario.Build());
        ccp.Step();
        ccp.Trade("oil", "a", "c", 100, 70).Close("oil", 70).Step();
        ccp.Close("oil", jump).Step();
        Assert.Equal(1, ccp.Kpi("margin_calls"));
        Assert.Contains(ccp.Sent, m => m.Kind == MessageKind.MarginCall && m.To == ccp.Index("c"));
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
    public void A_call_met_in_time_keeps_the_member_trading()
    {
        var ccp = new ClearingDriver(PlatformScenario.Build());
        ccp.Step();
        ccp.Trade("oil", "a", "c", 100, 70).Close("oil", 70).Step();
        ccp.Close("oil", 80).Step();
        double call = MarginCallMessage.From(ccp.Sent.Single(m => m.Kind == MessageKind.MarginCall)).AmountUsd;
        // Equity 1M - 1M of variation margin = 0 against 100 x 1,000 x 80 x 10% = 800,000 of margin.
        Assert.Equal(800_000, call, 3);
        ccp.Pay("c", call).Close("oil", 80).Step();
        ccp.Close("oil", 80).Step();
        Assert.False(ccp.Account("c").Defaulted);
        Assert.Equal(-1, ccp.Account("c").CallDay);
        Assert.Equal(ccp.Model.DepositsUsd, ccp.Model.CashTotalUsd(), 3);
    }
}
