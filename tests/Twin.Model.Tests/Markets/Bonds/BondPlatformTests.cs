using Twin.Model.Kernel;
using Twin.Model.Markets.Bonds;
using Twin.Model.Tests.Markets;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Markets.Bonds;

/// <summary>The baseline year's offshore bonds: every issue is auctioned, trades, settles and pays its coupons, and the money adds up.</summary>
public sealed class BondPlatformTests(ITestOutputHelper output)
{
    private const string Baseline = "baseline.json";
    private const int Year = 365;

    [Fact]
    public void Every_bond_of_the_baseline_is_issued_trades_settles_and_pays_its_coupons()
    {
        var series = PlatformRuns.Series(Baseline, Year);
        var scenario = Support.TestScenarios.Load(Baseline);
        var clearing = PlatformRuns.Clearing(Baseline, Year);
        double lotFace = scenario.BondMarket!.LotFace, couponsUsd = 0;
        for (int b = 0; b < scenario.Bonds.Count; b++)
        {
            var spec = scenario.Bonds[b];
            var s = series.Of(spec.Id);
            var schedule = new BondSchedule(spec);
            double issued = s.Sum("amount_issued");
            output.WriteLine($"{spec.Id}: issued {issued:N0} of {spec.Size:N0}, bid-to-cover {Agg(s, "bid_to_cover"):F2}, auction yield {Agg(s, "auction_yield"):P2} " +
                             $"({Agg(s, "auction_spread_bps"):F0} bp), secondary {s.Sum("volume_lots"):N0} lots in {s.Sum("trades"):N0} trades, coupons {s.Sum("coupons_paid"):N0}");
            Assert.Equal(spec.Size, issued);
            Assert.True(Agg(s, "bid_to_cover") > 1, $"{spec.Id} was covered");
            Assert.True(s.Sum("trades") > 0, $"{spec.Id} traded in the secondary market");
            Assert.True(s.Series("yield")[(spec.IssueDay + 1)..].All(double.IsFinite), $"{spec.Id} has a yield every day it trades");
            // Coupons on their dates: every coupon day within the year paid outstanding × coupon / f.
            int couponDays = Enumerable.Range(0, Year).Count(schedule.IsCouponDay);
            Assert.Equal(couponDays * spec.Size * spec.Coupon / spec.CouponsPerYear, s.Sum("coupons_paid"), 3);
            couponsUsd += s.Sum("coupons_paid_usd");
            // The clearing house's settled holdings add up to the face outstanding, and so do the investors' own books.
            Assert.Equal(spec.Size / lotFace, clearing.Accounts.Sum(a => a.Bonds[b]));
            Assert.Equal(spec.Size / lotFace, series.Where(x => x.Kind == "investor").Sum(x => x.Last("holding_" + spec.Id)));
        }
        Assert.True(couponsUsd > 0, "coupons were paid in the year");
        var ccp = series.Of("clearing-house");
        Assert.Equal(couponsUsd, ccp.Sum("bond_income_usd"), 0);
        Assert.All(Enumerable.Range(0, Year), d => Assert.Equal(ccp.Get(d, ccp.IndexOf("deposits_usd")), ccp.Get(d, ccp.IndexOf("cash_total_usd")), 1));
    }

    private static double Agg(KpiSeries s, string kpi) => KpiCatalog.Aggregate(s, kpi, KpiWindow.All);
}
