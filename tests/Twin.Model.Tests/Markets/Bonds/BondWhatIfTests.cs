using Twin.Model.Kernel;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Markets.Bonds;

/// <summary>The three bond what-ifs of scenarios/ against the baseline on the same seed: each moves what it should from its day, and nothing before.</summary>
public sealed class BondWhatIfTests(ITestOutputHelper output)
{
    private const string Baseline = "baseline.json";
    private const int Year = 365;
    private const int LeverDay = 90;

    private static readonly string[] Bonds = ["szd-usd-2030", "sdport-cnh-2028", "jzci-mop-2028", "cosmoplat-usd-2028", "silkroad-cnh-2027", "szd-cnh-2030"];

    [Fact]
    public void Rates_up_100bp_lift_every_bond_yield_by_about_100bp_and_leave_the_days_before_untouched()
    {
        var (b, w) = (PlatformRuns.Series(Baseline, Year), PlatformRuns.Series("rates-up-100bp.json", Year));
        Assert.Equal(b.Of("usd-curve").Series("yield_5y")[..LeverDay], w.Of("usd-curve").Series("yield_5y")[..LeverDay]);
        Assert.Equal(0.01, w.Of("usd-curve").Mean("yield_5y", LeverDay, Year) - b.Of("usd-curve").Mean("yield_5y", LeverDay, Year), 6);
        foreach (var bond in Bonds)
        {
            var (bs, ws) = (b.Of(bond), w.Of(bond));
            int from = Math.Max(LeverDay, Issue(bs)) + 5;
            double rise = ws.Mean("yield", from, Year) - bs.Mean("yield", from, Year);
            output.WriteLine($"{bond}: yield +{rise * 1e4:F0} bp, price {ws.Mean("price", from, Year) - bs.Mean("price", from, Year):F2}");
            Assert.InRange(rise, 0.005, 0.015);
            Assert.True(ws.Mean("price", from, Year) < bs.Mean("price", from, Year), $"{bond} fell in price");
        }
        // Issues after the shift clear at yields higher by about the shift.
        foreach (var bond in Bonds.Where(x => Issue(b.Of(x)) > LeverDay))
            Assert.InRange(Agg(w.Of(bond), "auction_yield") - Agg(b.Of(bond), "auction_yield"), 0.005, 0.015);
    }

    [Fact]
    public void A_doubled_programme_sells_more_face_at_a_lower_cover_and_no_tighter_spread()
    {
        var (b, w) = (PlatformRuns.Series(Baseline, Year), PlatformRuns.Series("issuance-programme-doubled.json", Year));
        double issued = Bonds.Sum(x => b.Of(x).Sum("amount_issued_usd")), doubled = Bonds.Sum(x => w.Of(x).Sum("amount_issued_usd"));
        output.WriteLine($"issued {issued:N0} -> {doubled:N0} USD");
        foreach (var bond in Bonds)
        {
            output.WriteLine($"{bond}: issued {b.Of(bond).Sum("amount_issued"):N0} -> {w.Of(bond).Sum("amount_issued"):N0} cover {Agg(b.Of(bond), "bid_to_cover"):F2} -> {Agg(w.Of(bond), "bid_to_cover"):F2}, spread {Agg(b.Of(bond), "auction_spread_bps"):F0} -> {Agg(w.Of(bond), "auction_spread_bps"):F0}, coupons {b.Of(bond).Sum("coupons_paid"):N0} -> {w.Of(bond).Sum("coupons_paid"):N0}");
        }
        // The same investors cannot take it all: their mandates fill up on the earlier, larger issues, so
        // more face is sold, every auction is covered less, and no issue clears at a tighter spread.
        Assert.InRange(doubled, 1.2 * issued, 2 * issued);
        foreach (var bond in Bonds)
        {
            var (bs, ws) = (b.Of(bond), w.Of(bond));
            Assert.True(Agg(ws, "bid_to_cover") < Agg(bs, "bid_to_cover"), $"{bond} was covered less");
            Assert.True(Agg(ws, "auction_spread_bps") >= Agg(bs, "auction_spread_bps") - 1, $"{bond} cleared no tighter");
            // Coupons are paid on what was sold.
            if (bs.Sum("coupons_paid") > 0) Assert.Equal(bs.Sum("coupons_paid") / bs.Sum("amount_issued"), ws.Sum("coupons_paid") / ws.Sum("amount_issued"), 9);
        }
    }

    [Fact]
    public void A_downgrade_widens_the_issuers_spreads_only_and_takes_bbb_mandates_out_of_its_next_auction()
    {
        var (b, w) = (PlatformRuns.Series(Baseline, Year), PlatformRuns.Series("issuer-downgrade.json", Year));
        var (bs, ws) = (b.Of("szd-usd-2030"), w.Of("szd-usd-2030"));
        Assert.Equal(bs.Series("price")[..LeverDay], ws.Series("price")[..LeverDay]);
        // BBB (160 bp) to BB (320 bp): the outstanding bond's spread widens by about the difference.
        double widening = ws.Mean("spread_bps", LeverDay + 5, Year) - bs.Mean("spread_bps", LeverDay + 5, Year);
        output.WriteLine($"szd-usd-2030 spread +{widening:F0} bp; szd-cnh-2030 auction spread {Agg(b.Of("szd-cnh-2030"), "auction_spread_bps"):F0} -> {Agg(w.Of("szd-cnh-2030"), "auction_spread_bps"):F0} bp");
        Assert.InRange(widening, 100, 220);
        Assert.True(Agg(w.Of("szd-cnh-2030"), "auction_spread_bps") > Agg(b.Of("szd-cnh-2030"), "auction_spread_bps") + 100);
        // Another issuer's bond barely moves: its spread stays within 20 bp of the baseline's.
        Assert.InRange(w.Of("sdport-cnh-2028").Mean("spread_bps", LeverDay + 5, Year) - b.Of("sdport-cnh-2028").Mean("spread_bps", LeverDay + 5, Year), -20, 20);
        // The Macao pension fund's mandate needs BBB: it bids no more for the issuer's later issue.
        var fund = w.Of("macao-pension-fund");
        // Bids go in the day before the auction (they reach the book on its day).
        int later = Issue(b.Of("szd-cnh-2030")) - 1;
        Assert.True(b.Of("macao-pension-fund").Series("auction_bid_lots")[later] > 0, "the fund bids for the issue in the baseline");
        Assert.Equal(0, fund.Series("auction_bid_lots")[later]);
        Assert.Equal(0, fund.Last("holding_szd-cnh-2030"));
    }

    private static int Issue(KpiSeries s) => Array.FindIndex(s.Series("amount_issued"), v => v > 0);

    private static double Agg(KpiSeries s, string kpi) => KpiCatalog.Aggregate(s, kpi, KpiWindow.All);
}
