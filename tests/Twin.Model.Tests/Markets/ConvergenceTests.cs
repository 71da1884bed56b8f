using Twin.Model.Markets;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Markets;

/// <summary>Expiring futures settle against the spot index; the basis and the hedge's effectiveness are KPIs.</summary>
public sealed class ConvergenceTests(ITestOutputHelper output)
{
    [Fact]
    public void On_every_last_trading_day_of_the_baseline_year_futures_settle_within_half_a_tick_of_spot()
    {
        var series = PlatformRuns.Series("baseline.json", 365);
        foreach (var market in PlatformRuns.Markets("baseline.json"))
        {
            var s = series.Of(market.Id);
            var (close, spot, expiries, last) = (s.Series("close"), s.Series("fundamental"), s.Series("expiries"), s.Series("last_price"));
            int[] days = Enumerable.Range(0, 365).Where(d => expiries[d] == 1).ToArray();
            Assert.Equal(365 / market.ContractDays, days.Length);
            Assert.All(days, d => Assert.True(Math.Abs(close[d] - spot[d]) <= market.TickSize / 2 + 1e-9,
                $"{market.Id} day {d}: settled at {close[d]} against spot {spot[d]}"));
            var basis = days.Select(d => (last[d] - spot[d]) / PriceScale.Of(spot[d], market.Fundamental.Start)).ToArray();
            double effectiveness = Twin.Model.Kernel.KpiCatalog.Aggregate(s, "hedge_effectiveness", Twin.Model.Kernel.KpiWindow.All);
            output.WriteLine($"{market.Id}: {days.Length} expiries; traded close minus spot on the last day: mean {basis.Average():P2}, " +
                             $"RMS {Math.Sqrt(basis.Average(b => b * b)):P2}; largest final-settlement gap {days.Max(d => Math.Abs(close[d] - spot[d])):G3}; " +
                             $"hedge effectiveness {effectiveness:F3}");
            Assert.InRange(effectiveness, 0, 1);
        }
    }

    [Fact]
    public void A_hedge_bought_at_the_opening_price_offsets_the_spot_move_up_to_the_basis_it_was_bought_at()
    {
        // A one-day contract while spot stands still: no move, no weight. Then spot is 100 the day before
        // the next contract opens, it is bought at 101 on its first day and spot is 110 at expiry:
        // m = 0.10, the futures gain (110 - 101)/100 = 0.09, r = 0.01.
        var c = new ContractConvergence(startPrice: 100);
        var still = c.Add(spot: 100, tradedPrice: 99, finalSettlement: 100, expiry: true);
        Assert.True(double.IsNaN(still.Effectiveness) && still.Weight == 0);
        Assert.True(double.IsNaN(c.Add(102, 101, 101, expiry: false).Effectiveness));
        var (effectiveness, weight) = c.Add(110, 108, 110, expiry: true);
        Assert.Equal(0.01, weight, 12);
        Assert.Equal(1 - 0.0001 / 0.01, effectiveness, 12);
    }
}
