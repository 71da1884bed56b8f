using Twin.Client.Runs;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>One market's figures for a set of runs, averaged over replications.</summary>
/// <param name="VolumeLots">Summed over the run.</param>
/// <param name="Notional">Summed over the run, in the market's currency.</param>
/// <param name="Vwap">Volume-weighted average price over the run; null if nothing traded.</param>
/// <param name="SpreadBps">Mean closing spread, over the days that closed with both bids and offers; null if there were none.</param>
/// <param name="TwoSidedShare">Share of days that closed with both bids and offers.</param>
/// <param name="TrackingError">Root mean square of the daily (close - fundamental) / fundamental.</param>
public sealed record MarketSummary(
    string Market, string Currency, string Unit, double VolumeLots, double Notional, double NotionalUsd, double? Vwap,
    double LastClose, double LastFundamental, double? SpreadBps, double TwoSidedShare, double Trades, double TrackingError)
{
    public static IReadOnlyList<MarketSummary> From(RunSetResults results) =>
        results.Scenario.Scenario.Markets.Select(market =>
        {
            var runs = results.Runs.Select(r => r.Series.First(s => s.EntityId == market.Id)).ToArray();
            return new MarketSummary(market.Id, Currencies.Code(market.Currency).ToUpperInvariant(), market.Unit,
                runs.Average(s => s.Sum("volume_lots")),
                runs.Average(s => s.Sum("notional")),
                runs.Average(s => s.Sum("notional_usd")),
                Defined(runs.Average(WeightedVwap)),
                runs.Average(s => s.Last("close")),
                runs.Average(s => s.Last("fundamental")),
                Defined(runs.Average(s => MeanOfFinite(s.Series("spread_bps")))),
                runs.Average(s => s.Series("spread_bps").Count(double.IsFinite) / (double)Math.Max(1, s.Days)),
                runs.Average(s => s.Sum("trades")),
                runs.Average(s => Math.Sqrt(s.Series("tracking_error").Select(e => e * e).DefaultIfEmpty(0).Average())));
        }).ToArray();

    /// <summary>NaN (no value on any day) becomes null, which JSON can carry.</summary>
    private static double? Defined(double value) => double.IsFinite(value) ? value : null;

    private static double WeightedVwap(KpiSeries s)
    {
        var vwap = s.Series("vwap");
        var volume = s.Series("volume_lots");
        double lots = 0, value = 0;
        for (int d = 0; d < vwap.Length; d++)
        {
            if (volume[d] <= 0) continue;
            lots += volume[d];
            value += vwap[d] * volume[d];
        }
        return lots > 0 ? value / lots : double.NaN;
    }

    private static double MeanOfFinite(double[] values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? double.NaN : finite.Average();
    }

}
