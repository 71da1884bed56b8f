using System.Diagnostics;
using System.Text.Json;
using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Logistics;

/// <summary>Operators answer persistent backlogs with capacity, within bounds (docs/model.md, "Capacity response").</summary>
public sealed class CapacityResponseTests(ITestOutputHelper output)
{
    private const double LimitDays = 30;
    private const int Days = 913;

    /// <summary>
    /// Ten years of the baseline on a shortened scale: every yearly growth rate g (sector demand and
    /// productivity, town population) becomes (1 + g)^4 − 1, so each simulated year grows demand as
    /// four baseline years do and 913 days carry the pressure of ten years. It is a harder test than
    /// the real ten years: the operators review as often per day, so four times less often per unit
    /// of growth. No route's or hub's or warehouse's backlog may exceed 30 days of its capacity.
    /// </summary>
    [Fact]
    public void Backlogs_stay_within_30_days_of_capacity_under_ten_years_of_demand_growth_compressed_into_two_and_a_half()
    {
        var clock = Stopwatch.StartNew();
        var series = LogisticsRuns.Run(Compressed(TestScenarios.Baseline(), speedUp: 4, respond: true), seed: 7, days: Days);
        var worst = Worst(series);
        foreach (var (id, days) in worst) output.WriteLine($"{id}: {days:F1} days of capacity at most");
        output.WriteLine($"{Days} days in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.All(worst, w => Assert.True(w.Days <= LimitDays, $"{w.EntityId}: a backlog of {w.Days:F1} days of its capacity"));
        var forward = series.Entity("bonded-forward").Series("capacity_teu");
        Assert.True(forward[^1] > 2 * forward[0], $"the bonded forward warehouse should have grown ({forward[0]} -> {forward[^1]} TEU a day)");

        // The same pressure without the responses breaks the bound, so the check above proves something.
        var unanswered = Worst(LogisticsRuns.Run(Compressed(TestScenarios.Baseline(), speedUp: 4, respond: false), seed: 7, days: Days));
        int over = unanswered.Count(w => w.Days > LimitDays);
        output.WriteLine($"without the responses: {over} of {unanswered.Length} above {LimitDays} days, {unanswered[0].EntityId} {unanswered[0].Days:F0} days");
        Assert.True(over >= unanswered.Length / 2, $"only {over} backlogs above {LimitDays} days without the responses: the pressure is too low to prove anything");
    }

    private static (string EntityId, double Days)[] Worst(IReadOnlyList<KpiSeries> series) =>
        series.Where(s => s.Kind is RouteKind.Name or HubKind.Name or WarehouseKind.Name)
            .Select(s => (s.EntityId, Days: MaxBacklogDays(s)))
            .OrderByDescending(w => w.Days)
            .ToArray();

    /// <summary>The largest backlog of a route or place in days of the capacity in force that day.</summary>
    private static double MaxBacklogDays(KpiSeries s)
    {
        if (s.Kind != RouteKind.Name)
        {
            var teu = s.Series("backlog_teu");
            var capacity = s.Series("capacity_teu");
            return Enumerable.Range(0, s.Days).Max(d => teu[d] / capacity[d]);
        }
        var units = s.Series("backlog_units");
        var load = s.Series("capacity_units");
        var perWeek = s.Series("scheduled_departures_per_week");
        return Enumerable.Range(0, s.Days).Max(d => units[d] / (load[d] * perWeek[d] / 7));
    }

    /// <summary>
    /// The scenario with every yearly growth rate compounded <paramref name="speedUp"/> times a year;
    /// without <paramref name="respond"/>, with neither capacity nor service responding.
    /// </summary>
    private static Scenario Compressed(Scenario scenario, int speedUp, bool respond)
    {
        var node = ScenarioPatcher.ToNode(scenario);
        void Set(string path, object value) => Assert.Null(ScenarioPatcher.TryApply(node,
            new InterventionSpec { Day = 0, Set = path, To = JsonSerializer.SerializeToElement(value) }));
        void Faster(string path, double rate) => Set(path, Math.Pow(1 + rate, speedUp) - 1);
        foreach (var sector in Sectors.All)
        {
            Faster($"sectors/{Sectors.Key(sector)}/demandGrowthPerYear", scenario.Sectors[sector].DemandGrowthPerYear);
            Faster($"sectors/{Sectors.Key(sector)}/productivityGrowthPerYear", scenario.Sectors[sector].ProductivityGrowthPerYear);
        }
        foreach (var town in scenario.Towns) Faster($"towns/{town.Id}/populationGrowthPerYear", town.PopulationGrowthPerYear);
        foreach (var rule in new[] { "capacityResponse/routes", "capacityResponse/nodes", "serviceResponse" })
            Set($"logistics/{rule}/enabled", respond);
        return LogisticsScenarios.Load(node.ToJsonString());
    }
}
