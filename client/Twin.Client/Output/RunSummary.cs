using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Contracts.Studies;
using Twin.Model.Logistics;
using Twin.Model.Markets;
using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>
/// What `twin run` reports of a one-variant study: the towns, the logistics network, the markets,
/// the clearing house and the institute. Every number is a study statistic (a KPI's per-run
/// aggregate averaged over the replications) or is computed from such statistics, never from
/// the daily series, so the study's own tables give the same numbers.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Hash">The scenario's content hash.</param>
public sealed record RunSummary(
    string Scenario,
    string Hash,
    string StudyId,
    int Days,
    long Seed,
    int Replications,
    double ElapsedSeconds,
    IReadOnlyList<string> Runs,
    IReadOnlyList<TownSummary> Towns,
    LogisticsSummary? Logistics,
    IReadOnlyList<MarketSummary> Markets,
    ClearingSummary? Clearing,
    InstituteSummary? Institute)
{
    /// <summary>
    /// The KPIs whose per-run totals the summary adds up or divides (TEU a train, trade by
    /// country, VWAP...): each must aggregate as a sum over the days, or the figures mean nothing.
    /// </summary>
    public static readonly IReadOnlyList<(string Kind, string Kpi)> Totals =
    [
        (RouteKind.Name, "departures"), (RouteKind.Name, "teu_departed"),
        (DestinationKind.Name, DestinationKpis.CountryPrefix + "*"), (DestinationKind.Name, "import_value_cny"),
        (MarketKind.Name, "notional"), (MarketKind.Name, "volume_lots"),
    ];

    /// <param name="document">The study's one scenario.</param>
    /// <param name="study">The study's definition (seed, days, runs).</param>
    /// <param name="results">The study's statistics.</param>
    public static RunSummary From(ScenarioDocument document, StudyDefinition study, StudyResults results, double elapsedSeconds)
    {
        var kpis = new RunKpis(results.Kpis, results.Variants[0]);
        var request = study.Request;
        var scenario = document.Scenario;
        return new RunSummary(scenario.Name, document.Hash, study.StudyId, request.Days, request.Seed, request.Replications, elapsedSeconds,
            study.Runs.Where(r => r.Variant == 0).OrderBy(r => r.Replication).Select(r => r.RunId).ToArray(),
            TownSummary.From(scenario, kpis),
            LogisticsSummary.From(scenario, request.Days, kpis),
            MarketSummary.From(scenario, kpis),
            ClearingSummary.From(scenario, kpis),
            InstituteSummary.From(scenario, kpis));
    }
}
