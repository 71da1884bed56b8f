using Twin.Model.Kernel;

namespace Twin.Model.Commerce;

/// <summary>
/// The towns' e-commerce firms sell part of their goods through live streaming, so the channel's
/// parcels move their demand: each day the base sends every town
/// L = 1 − w + w·R, where w is the channel's share of their sales and R a 28-day moving average of
/// the day's live-streaming parcels over the calibrated rate (weekend days against the weekend rate).
/// At the calibrated rate R averages 1 and demand is as calibrated; a closed base pulls R towards 0.
/// docs/model.md, "Silk Road e-commerce base → towns".
/// </summary>
public sealed partial class CommerceBaseModel
{
    private const double SmoothingDays = 28;
    private int[] _towns = [];
    private double _liveRatio = 1;

    private void BindTowns(Twin.Model.Scenarios.Scenario scenario) =>
        _towns = scenario.Towns.Select(t => _setup.Directory.IndexOf(t.Id)).Where(i => i >= 0).ToArray();

    /// <summary>Moves R with today's parcels and tells every town its factor.</summary>
    private void PullTownDemand(double liveParcels, bool weekend, Outbox outbox)
    {
        var live = _spec.LiveStreaming;
        if (live.ReferenceParcelsPerDay <= 0 || live.ShareOfTownSales <= 0 || _towns.Length == 0) return;
        double expected = live.ReferenceParcelsPerDay * (weekend ? live.WeekendFactor : 1);
        double ratio = expected > 0 ? liveParcels / expected : 1;
        _liveRatio += (ratio - _liveRatio) / SmoothingDays;
        double factor = 1 - live.ShareOfTownSales + live.ShareOfTownSales * _liveRatio;
        foreach (int town in _towns) LiveStreamingDemandCodec.Send(outbox, town, factor);
    }
}
