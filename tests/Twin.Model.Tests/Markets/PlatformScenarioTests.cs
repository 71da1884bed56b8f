using Twin.Model.Markets;

namespace Twin.Model.Tests.Markets;

/// <summary>The platform over a baseline year and the three example what-ifs (common random numbers: the same seed and streams).</summary>
public sealed class PlatformScenarioTests
{
    private const string Baseline = "baseline.json";
    private const int Year = 365;
    // The oil shock comes mid-contract (day 195), the other levers on day 180.
    private const int ShockDay = 195;
    private const int LeverDay = 180;

    [Fact]
    public void A_baseline_year_trades_in_every_market_and_prices_track_their_fundamentals()
    {
        var series = PlatformRuns.Series(Baseline, Year);
        foreach (var market in PlatformRuns.Markets(Baseline))
        {
            var s = series.Of(market.Id);
            var close = s.Series("close");
            var fundamental = s.Series("fundamental");
            var error = s.Series("tracking_error");
            double rms = Math.Sqrt(error.Average(e => e * e));
            Assert.True(s.Series("trades").Count(t => t > 0) >= 0.9 * Year, $"{market.Id} traded on too few days");
            Assert.True(rms < 2 * market.Fundamental.DailyVolatility, $"{market.Id}: tracking error {rms:P2} against daily volatility {market.Fundamental.DailyVolatility:P1}");
            Assert.True(Math.Abs(error.Average()) < 0.5 * market.Fundamental.DailyVolatility, $"{market.Id}: prices are biased by {error.Average():P2}");
            // Trades price the fundamental expected two days after the last one seen; a trending
            // (GBM) price is close to its expectation, a mean-reverting one mostly noise around it.
            double least = market.Fundamental.Process == Twin.Model.Scenarios.FundamentalProcessKind.GbmJumps ? 0.9 : 0.4;
            Assert.True(Correlation(close, fundamental) > least, $"{market.Id}: close and fundamental move apart (correlation {Correlation(close, fundamental):F2})");
        }
        var clearing = series.Of("clearing-house");
        // The thinly funded Kazakh trend follower runs out of reserves late in the year (seed 42); its
        // own margin covers the close-out: no other layer of the waterfall is touched.
        Assert.InRange(clearing.Sum("defaults"), 0, 1);
        Assert.Equal(0, clearing.Last("loss_defaulter_fund_usd") + clearing.Last("loss_skin_usd") + clearing.Last("loss_survivors_fund_usd") + clearing.Last("loss_capital_usd"));
        Assert.All(Enumerable.Range(0, Year), d => Assert.Equal(clearing.Get(d, clearing.IndexOf("deposits_usd")), clearing.Get(d, clearing.IndexOf("cash_total_usd")), 2));
        var model = PlatformRuns.Clearing(Baseline, Year);
        for (int k = 0; k < PlatformRuns.Markets(Baseline).Count(); k++)
            Assert.Equal(0, model.Accounts.Sum(a => a.Positions[k]));
    }

    [Fact]
    public void The_oil_shock_lifts_oil_prices_and_margins_from_its_day_and_leaves_the_days_before_it_untouched()
    {
        var baseline = PlatformRuns.Series(Baseline, Year);
        var shock = PlatformRuns.Series("oil-price-shock-30pct.json", Year);
        var (b, s) = (baseline.Of("crude-oil").Series("close"), shock.Of("crude-oil").Series("close"));
        Assert.Equal(b[..ShockDay], s[..ShockDay]);
        for (int d = ShockDay + 3; d < ShockDay + 30; d++)
            Assert.True(s[d] > 1.2 * b[d], $"day {d}: oil closed at {s[d]} against {b[d]} in the baseline");

        var (cb, cs) = (baseline.Of("clearing-house"), shock.Of("clearing-house"));
        Assert.True(cs.Mean("initial_margin_usd", ShockDay + 3, ShockDay + 30) > 1.05 * cb.Mean("initial_margin_usd", ShockDay + 3, ShockDay + 30));
        Assert.True(cs.Sum("variation_margin_usd") > cb.Sum("variation_margin_usd"));
        // The producers are short oil: the jump costs them, and it shows in their P&L.
        Assert.True(shock.Of("ru-energy-exporter").Last("pnl_usd") < baseline.Of("ru-energy-exporter").Last("pnl_usd") - 50e6);
    }

    [Fact]
    public void When_the_market_maker_withdraws_spreads_widen_and_volume_falls()
    {
        var baseline = PlatformRuns.Series(Baseline, Year);
        var withdrawn = PlatformRuns.Series("market-maker-withdraws.json", Year);
        var markets = PlatformRuns.Markets(Baseline).Select(m => m.Id).ToArray();
        double Spread(IReadOnlyList<Twin.Model.Kernel.KpiSeries> run) => markets.Average(m => run.Of(m).Mean("spread_bps", LeverDay + 2, Year));
        double Volume(IReadOnlyList<Twin.Model.Kernel.KpiSeries> run) => markets.Sum(m => run.Of(m).Series("volume_lots")[(LeverDay + 2)..].Sum());
        Assert.True(Spread(withdrawn) > Spread(baseline), $"spread {Spread(withdrawn):F1} bp against {Spread(baseline):F1} bp");
        Assert.True(Volume(withdrawn) < 0.95 * Volume(baseline), $"volume {Volume(withdrawn):N0} lots against {Volume(baseline):N0}");
        Assert.Equal(0, withdrawn.Of("mox-market-maker").Series("orders")[(LeverDay + 1)..].Sum());
    }

    [Fact]
    public void Doubling_the_margin_rate_about_doubles_the_initial_margin_and_brings_more_calls()
    {
        var baseline = PlatformRuns.Series(Baseline, Year).Of("clearing-house");
        var doubled = PlatformRuns.Series("margin-rate-doubled.json", Year).Of("clearing-house");
        Assert.Equal(baseline.Series("initial_margin_usd")[..LeverDay], doubled.Series("initial_margin_usd")[..LeverDay]);
        double ratio = doubled.Mean("initial_margin_usd", LeverDay + 1, Year) / baseline.Mean("initial_margin_usd", LeverDay + 1, Year);
        Assert.InRange(ratio, 1.7, 2.3);
        Assert.True(doubled.Sum("margin_calls") > baseline.Sum("margin_calls"));
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double sxy = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return sxy / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
