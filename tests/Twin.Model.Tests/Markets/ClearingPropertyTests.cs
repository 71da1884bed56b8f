using CsCheck;

namespace Twin.Model.Tests.Markets;

/// <summary>Random trading days through the clearing house: positions always net to zero, and money only leaves as fees.</summary>
public sealed class ClearingPropertyTests
{
    private static readonly string[] Members = ["a", "b", "c"];

    private static readonly Gen<(int Market, int Buyer, int Seller, int Lots, int Offset)> TradeGen =
        Gen.Select(Gen.Int[0, 1], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[1, 60], Gen.Int[-20, 20]);

    private static readonly Gen<((int Market, int Buyer, int Seller, int Lots, int Offset)[] Trades, int OilMove, int AluMove)> DayGen =
        Gen.Select(TradeGen.Array[0, 6], Gen.Int[-300, 300], Gen.Int[-400, 400]);

    [Fact]
    public void Positions_sum_to_zero_and_cash_is_conserved_except_for_fees() =>
        Gen.Select(DayGen.Array[1, 25], Gen.Int[1, 3]).Sample((days, lag) =>
        {
            var ccp = new ClearingDriver(PlatformScenario.Build(feeRate: 0.0002, settlementLag: lag));
            ccp.Step();
            double oil = 70, alu = 20_000;
            foreach (var (trades, oilMove, aluMove) in days)
            {
                foreach (var t in trades)
                {
                    if (t.Market == 0) ccp.Trade("oil", Members[t.Buyer], Members[t.Seller], t.Lots, oil + t.Offset * 0.01);
                    else ccp.Trade("alu", Members[t.Buyer], Members[t.Seller], t.Lots, alu + t.Offset * 5);
                }
                oil = Math.Max(1, oil + oilMove * 0.01);
                alu = Math.Max(5, alu + aluMove * 5);
                ccp.Close("oil", oil).Close("alu", alu).Step();

                for (int k = 0; k < 2; k++)
                    Assert.Equal(0, ccp.Model.Accounts.Sum(a => a.Positions[k]));
                // Members' cash, amounts not yet settled, fund contributions and the waterfall's
                // resources: all that was paid in, less the fees charged (collected or still queued).
                double fees = ccp.Model.Accounts.Sum(a => a.FeesUsd);
                double heldOutsideFees = ccp.Model.CashTotalUsd() - fees;
                Assert.True(Math.Abs(ccp.Model.DepositsUsd - fees - heldOutsideFees) < 1e-6, $"money leaked: {ccp.Model.DepositsUsd - fees - heldOutsideFees}");
            }
        }, iter: 150);
}
