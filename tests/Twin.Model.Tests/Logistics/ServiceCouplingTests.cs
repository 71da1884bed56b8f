using System.Diagnostics;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Statistics;
using Twin.Model.Tests.Support;
using Twin.Model.Towns;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Logistics;

/// <summary>Logistics acts on the towns: service level feeds back into their export demand (docs/model.md, "Service and export demand").</summary>
public sealed class ServiceCouplingTests(ITestOutputHelper output)
{
    private const int Replications = 20, Closed = 90, Reopened = 120, LaterFrom = 150, Days = 180;
    private static readonly string[] Towns = ["sco-city", "airport", "hub-port", "cosmoplat", "banqiao"];

    [Fact]
    public void Closing_rail_moscow_for_30_days_lowers_the_towns_exports_and_they_recover_after_it_reopens()
    {
        var clock = Stopwatch.StartNew();
        var baseline = TestScenarios.Baseline();
        var closure = TestScenarios.Load("rail-moscow-closed-30-days.json");
        // Paired: replication k of both on the same seed and streams (common random numbers).
        var runs = Enumerable.Range(0, Replications).AsParallel().AsOrdered()
            .Select(k => (Base: Exports(baseline, k), WhatIf: Exports(closure, k)))
            .ToArray();

        int below = 0;
        foreach (var town in Towns)
        {
            var (during, later) = (Compare(runs, town, Closed, Reopened), Compare(runs, town, LaterFrom, Days));
            output.WriteLine($"{town}: days {Closed}-{Reopened - 1} {Describe(during)}; days {LaterFrom}-{Days - 1} {Describe(later)}");
            Assert.All(runs, r => Assert.Equal(r.Base[town][..Closed], r.WhatIf[town][..Closed]));
            if (during.Difference.Upper >= 0) continue;
            below++;
            Assert.True(Math.Abs(later.Difference.Mean) < Math.Abs(during.Difference.Mean),
                $"{town}: exports should recover after the route reopens ({during.Difference.Mean:N0} CNY during, {later.Difference.Mean:N0} later)");
        }
        Assert.True(below >= 1, "no town's exports fell with a 95% interval below 0");
        output.WriteLine($"{Replications} x 2 runs of {Days} days in {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Switched_off_the_towns_do_not_feel_a_route_closure()
    {
        Scenario Off(string file) => LogisticsScenarios.Set(TestScenarios.Load(file), "logistics/serviceResponse/enabled", false);
        var baseline = LogisticsRuns.Run(Off("baseline.json"), seed: 4, days: 150);
        var closure = LogisticsRuns.Run(Off("rail-moscow-closed-30-days.json"), seed: 4, days: 150);
        Assert.NotEqual(baseline.Entity("rail-moscow").Values, closure.Entity("rail-moscow").Values);
        foreach (var town in baseline.Where(s => s.Kind == TownKind.Name))
            Assert.Equal(town.Values, closure.Entity(town.EntityId).Values);
    }

    /// <summary>The towns' daily export values, by town.</summary>
    private static Dictionary<string, double[]> Exports(Scenario scenario, int replication) =>
        new SequentialRunner(scenario, scenario.Seed, replication, Days).Run()
            .Where(s => s.Kind == TownKind.Name)
            .ToDictionary(s => s.EntityId, s => s.Series("export_value_cny"));

    /// <summary>The paired difference (what-if − baseline) of a town's exports over days [from, until), across replications.</summary>
    private static PairedComparison Compare((Dictionary<string, double[]> Base, Dictionary<string, double[]> WhatIf)[] runs, string town, int from, int until) =>
        PairedComparison.Of(runs.Select(r => r.Base[town][from..until].Sum()).ToArray(),
            runs.Select(r => r.WhatIf[town][from..until].Sum()).ToArray(), KpiDirection.HigherIsBetter);

    private static string Describe(PairedComparison c) =>
        $"{c.Difference.Mean:N0} CNY [{c.Difference.Lower:N0}, {c.Difference.Upper:N0}] ({c.Difference.Mean / c.Baseline.Mean:P1})";
}
