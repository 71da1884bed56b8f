using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds;

/// <summary>
/// A bond's calendar and cash flows in days: coupons every round(365/f) days from the issue day,
/// the face with the last coupon at maturity; prices per 100 of face, clean (without accrued
/// interest, which accrues linearly over the coupon period).
/// </summary>
public sealed class BondSchedule
{
    public BondSchedule(BondSpec bond)
    {
        IssueDay = bond.IssueDay;
        PeriodDays = Math.Max(1, (int)Math.Round(365.0 / bond.CouponsPerYear, MidpointRounding.AwayFromZero));
        Periods = Math.Max(1, (int)Math.Round(bond.TenorYears * bond.CouponsPerYear));
        MaturityDay = IssueDay + Periods * PeriodDays;
        CouponPer100 = 100 * bond.Coupon / bond.CouponsPerYear;
    }

    public int IssueDay { get; }

    public int PeriodDays { get; }

    public int Periods { get; }

    public int MaturityDay { get; }

    /// <summary>Each coupon per 100 of face.</summary>
    public double CouponPer100 { get; }

    public bool IsCouponDay(int day) => day > IssueDay && day <= MaturityDay && (day - IssueDay) % PeriodDays == 0;

    /// <summary>True from the day after the auction until the day before maturity.</summary>
    public bool Trades(int day) => day > IssueDay && day < MaturityDay;

    /// <summary>Interest accrued since the last coupon, per 100 of face.</summary>
    public double Accrued(int day)
    {
        if (day <= IssueDay || day >= MaturityDay) return 0;
        return CouponPer100 * ((day - IssueDay) % PeriodDays) / PeriodDays;
    }

    /// <summary>The clean price on <paramref name="day"/> of the cash flows still to come, discounted on the curve plus a spread.</summary>
    public double CleanPrice(int day, NelsonSiegel curve, double spread)
    {
        double dirty = 0;
        for (int k = FirstPeriodAfter(day); k <= Periods; k++)
        {
            double years = (IssueDay + k * PeriodDays - Math.Max(day, IssueDay)) / 365.0;
            dirty += (CouponPer100 + (k == Periods ? 100 : 0)) * curve.Discount(years, spread);
        }
        return dirty - Accrued(day);
    }

    /// <summary>The flat continuously compounded yield that prices the remaining flows at <paramref name="clean"/> (Newton's method).</summary>
    public double Yield(int day, double clean)
    {
        double dirty = clean + Accrued(day), y = 0.05;
        int first = FirstPeriodAfter(day);
        if (first > Periods || dirty <= 0) return double.NaN;
        for (int iteration = 0; iteration < 50; iteration++)
        {
            double value = 0, slope = 0;
            for (int k = first; k <= Periods; k++)
            {
                double years = (IssueDay + k * PeriodDays - Math.Max(day, IssueDay)) / 365.0;
                double flow = (CouponPer100 + (k == Periods ? 100 : 0)) * Math.Exp(-y * years);
                value += flow;
                slope -= years * flow;
            }
            double step = (value - dirty) / slope;
            y -= step;
            if (Math.Abs(step) < 1e-12) break;
        }
        return y;
    }

    /// <summary>Years from <paramref name="day"/> to maturity.</summary>
    public double YearsLeft(int day) => Math.Max(0, MaturityDay - Math.Max(day, IssueDay)) / 365.0;

    private int FirstPeriodAfter(int day) => day < IssueDay ? 1 : (day - IssueDay) / PeriodDays + 1;
}
