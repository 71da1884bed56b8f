using Twin.Model.Markets.Bonds;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Markets.Bonds;

/// <summary>A bond's calendar, accrued interest, price on a curve and yield, worked by hand.</summary>
public sealed class BondMathTests
{
    private static readonly BondSpec FiveYear = new()
    {
        Id = "b", Issuer = "i", Currency = Currency.Usd, Size = 1e8, TenorYears = 5, Coupon = 0.05, CouponsPerYear = 2, IssueDay = 10,
    };

    [Fact]
    public void Coupons_fall_every_half_year_from_the_issue_day_and_the_last_one_at_maturity()
    {
        var s = new BondSchedule(FiveYear);
        Assert.Equal((183, 10, 10 + 10 * 183, 2.5), (s.PeriodDays, s.Periods, s.MaturityDay, s.CouponPer100));
        Assert.True(s.IsCouponDay(193) && s.IsCouponDay(s.MaturityDay));
        Assert.False(s.IsCouponDay(10) || s.IsCouponDay(194) || s.IsCouponDay(s.MaturityDay + 183));
        Assert.False(s.Trades(10));
        Assert.True(s.Trades(11) && s.Trades(s.MaturityDay - 1));
        Assert.False(s.Trades(s.MaturityDay));
    }

    [Fact]
    public void Accrued_interest_grows_linearly_over_the_period_and_restarts_on_the_coupon_day()
    {
        var s = new BondSchedule(FiveYear);
        Assert.Equal(0, s.Accrued(10));
        Assert.Equal(2.5 * 100 / 183, s.Accrued(110), 12);
        Assert.Equal(0, s.Accrued(193));
        Assert.Equal(2.5 / 183, s.Accrued(194), 12);
    }

    [Fact]
    public void On_a_flat_curve_the_yield_of_the_price_is_the_curve_plus_the_spread_and_a_fair_coupon_prices_near_par()
    {
        var s = new BondSchedule(FiveYear);
        var flat = new NelsonSiegel(0.04, 0, 0, 2);
        double price = s.CleanPrice(10, flat, 0.01);
        Assert.Equal(0.05, s.Yield(10, price), 9);
        // A 5% semi-annual coupon at a continuous 5% (5.06% compounded twice a year) prices a little below par.
        Assert.InRange(price, 99.5, 100);
        // Mid-period, the clean price excludes the accrued interest the yield is solved with.
        Assert.Equal(0.05, s.Yield(100, s.CleanPrice(100, flat, 0.01)), 9);
        // A 100 bp rise costs about the duration (4.4 years) in points.
        Assert.InRange(price - s.CleanPrice(10, flat, 0.02), 4.0, 4.8);
    }

    [Fact]
    public void The_nelson_siegel_curve_starts_at_level_plus_slope_and_ends_at_the_level()
    {
        var curve = new NelsonSiegel(Level: 0.047, Slope: -0.006, Curvature: -0.012, DecayYears: 2);
        Assert.Equal(0.041, curve.Zero(0), 4);
        Assert.Equal(0.047, curve.Zero(1000), 4);
        Assert.Equal(0.0401, curve.Zero(1), 4);
        Assert.Equal(Math.Exp(-(curve.Zero(3) + 0.01) * 3), curve.Discount(3, 0.01), 12);
    }
}
