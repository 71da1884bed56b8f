using Twin.Model.Markets.Fundamentals;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Markets;

/// <summary>The fundamental price processes have the volatility, drift, bounds and shock their parameters say.</summary>
public sealed class FundamentalTests
{
    [Fact]
    public void A_gbm_without_jumps_has_the_daily_volatility_it_is_given_and_no_drift_in_expectation()
    {
        var market = Market(new FundamentalSpec { Process = FundamentalProcessKind.GbmJumps, Start = 70, DailyVolatility = 0.02 });
        var process = Create(market);
        var returns = new List<double>();
        double before = process.Value;
        for (int day = 0; day < 20_000; day++)
        {
            process.Advance();
            returns.Add(Math.Log(process.Value / before));
            before = process.Value;
        }
        double mean = returns.Average();
        double sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1));
        Assert.InRange(sd, 0.0194, 0.0206);
        // ln F drifts by -σ²/2 a day, so that E[F] stays at the start.
        Assert.InRange(mean, -0.0002 - 0.0004, -0.0002 + 0.0004);
    }

    [Fact]
    public void A_mean_reverting_price_stays_within_floor_and_cap_and_centres_on_its_mean()
    {
        var market = Market(new FundamentalSpec
        {
            Process = FundamentalProcessKind.MeanReverting, Start = 395, DailyVolatility = 0.15, Reversion = 0.3,
            JumpsPerYear = 12, JumpMean = 0.5, JumpStdDev = 0.3,
        }, floor: -100, cap: 1500);
        var process = Create(market);
        var levels = new List<double>();
        for (int day = 0; day < 20_000; day++)
        {
            process.Advance();
            levels.Add(process.Value);
        }
        Assert.All(levels, v => Assert.InRange(v, -100, 1500));
        // Spikes average 12 a year of +50% of the mean: they lift the average by about 12/365 x 0.5 / 0.3 = 5.5%.
        Assert.InRange(levels.Average(), 395 * 1.0, 395 * 1.12);
        Assert.Contains(levels, v => v > 700);
    }

    [Fact]
    public void A_shock_set_by_an_intervention_lifts_the_fundamental_from_then_on_and_the_path_carries_on()
    {
        var spec = new FundamentalSpec { Process = FundamentalProcessKind.GbmJumps, Start = 70, DailyVolatility = 0.02 };
        var baseline = Create(Market(spec));
        var shocked = Create(Market(spec));
        for (int day = 0; day < 30; day++)
        {
            if (day == 10) shocked.Rebind(Market(new FundamentalSpec { Process = spec.Process, Start = 70, DailyVolatility = 0.02, Shock = 0.3 }));
            baseline.Advance();
            shocked.Advance();
            Assert.Equal(day >= 10 ? 1.3 : 1.0, shocked.Value / baseline.Value, 9);
        }
    }

    private static FundamentalProcess Create(MarketSpec market) =>
        FundamentalProcess.Create(market, new StreamRandom(11), new StreamRandom(12));

    private static MarketSpec Market(FundamentalSpec fundamental, double? floor = null, double? cap = null) => new()
    {
        Id = "m", Currency = Currency.Usd, TickSize = 0.01, LotSize = 1, InitialMarginRate = 0.1,
        PriceFloor = floor, PriceCap = cap, Fundamental = fundamental,
    };
}
