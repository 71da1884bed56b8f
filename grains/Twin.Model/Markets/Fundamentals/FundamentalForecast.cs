using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Fundamentals;

/// <summary>
/// What a participant expects the fundamental to be a few days after it last saw it. A GBM's
/// expected level drifts at g a year; a mean-reverting level closes a share κ of its gap to the
/// (shocked) mean each day and stays within the market's floor and cap. Participants value
/// tomorrow's trades at the expected fundamental of tomorrow, two days after their last observation.
/// </summary>
public static class FundamentalForecast
{
    public static double Expected(MarketSpec market, double observed, int days)
    {
        var f = market.Fundamental;
        if (f.Process == FundamentalProcessKind.GbmJumps)
            return observed * Math.Pow(1 + f.DriftPerYear, days / 365.0);
        double mean = (f.Mean ?? f.Start) * (1 + f.Shock);
        double expected = mean + Math.Pow(1 - f.Reversion, days) * (observed - mean);
        return Math.Clamp(expected, market.PriceFloor ?? double.MinValue, market.PriceCap ?? double.MaxValue);
    }
}
