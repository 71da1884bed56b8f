using System.Text.Json;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Contracts.Studies;
using Twin.Grains.Tests.Support;
using Twin.Model.Scenarios;
using Twin.Model.Studies;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class StudyTests(ClusterFixture cluster)
{
    private TwinClient Client => new(cluster.Grains);

    private static StudyPlans.Settings Settings(int replications, int days, long seed = 42) => new(days, seed, replications);

    [Fact]
    public async Task Comparing_a_scenario_with_itself_gives_exactly_zero_differences_in_every_replication()
    {
        var baseline = ScenarioDocument.From(TestScenarios.Baseline(days: 30));
        // Same content plus a lever that changes nothing: another scenario hash, so its own runs, on the same streams.
        var noOp = ScenarioDocument.From(TestScenarios.With(BuiltInScenarios.Baseline(), 30,
            new InterventionSpec { Day = 10, Set = "towns/airport/labourForceShare", To = JsonSerializer.SerializeToElement(0.55) }));
        Assert.NotEqual(baseline.Hash, noOp.Hash);

        var status = await StudyRuns.RunToEndAsync(Client, StudyPlans.Comparison(baseline, [noOp, baseline], Settings(3, 30, seed: 8)));
        var report = await Client.CompareAsync(status.StudyId);

        Assert.Equal("baseline", report.Baseline);
        Assert.Equal(["baseline (2)", "baseline (3)"], report.WhatIfs);
        Assert.NotEmpty(report.Rows);
        // A replication in which a per-event KPI had no event (no reefer train arrived) has no difference: NaN, never a number.
        Assert.All(report.Rows, row => Assert.All(row.Comparison.Differences, d => Assert.True(d == 0 || double.IsNaN(d), $"{row.Entity} {row.Kpi}: {d}")));
        Assert.All(report.Rows, row => Assert.Equal(0.0, row.Comparison.Difference.Mean));
    }

    [Fact]
    public async Task A_what_if_changes_what_it_should_and_the_interval_covers_the_paired_effect()
    {
        var baseline = ScenarioDocument.From(TestScenarios.Baseline(days: 40));
        var boost = ScenarioDocument.From(TestScenarios.With(BuiltInScenarios.Baseline(), 40,
            new InterventionSpec { Day = 20, Scale = "towns/cosmoplat/productivityFactor", By = 1.5 }));
        var status = await StudyRuns.RunToEndAsync(Client, StudyPlans.Comparison(baseline, [boost], Settings(4, 40)));
        var report = await Client.CompareAsync(status.StudyId, new ResultQuery(Kpi: "output_cny"));

        var cosmoplat = report.Rows.Single(r => r.Entity == "cosmoplat");
        Assert.True(cosmoplat.Comparison.Difference.Lower > 0, "cosmoplat's output must rise");
        Assert.Equal(1.0, cosmoplat.Comparison.ShareBetter);
        // The other towns feel it only through the platform's prices (cosmoplat's hedger buys more) and the
        // service their exports share (docs/model.md, "Service and export demand"): a little.
        Assert.All(report.Rows.Where(r => r.Entity != "cosmoplat"), r => Assert.True(Math.Abs(r.RelativeChange) < 1e-3, $"{r.Entity}: {r.RelativeChange:P3}"));
    }

    [Fact]
    public async Task The_second_identical_request_is_served_from_the_cache()
    {
        var scenario = ScenarioDocument.From(TestScenarios.Baseline(days: 15));
        var request = StudyPlans.Replications(scenario, Settings(3, 15, seed: 77));
        var first = await StudyRuns.RunToEndAsync(Client, request);
        var second = await StudyRuns.RunToEndAsync(Client, request);

        Assert.Equal(0, first.RunsFromCache);
        Assert.Equal(second.RunsTotal, second.RunsFromCache);
        var a = await Client.GetResultsAsync(first.StudyId);
        var b = await Client.GetResultsAsync(second.StudyId);
        Assert.Equal(a.Kpis.Select(k => k.Summary.Mean), b.Kpis.Select(k => k.Summary.Mean));
    }

    [Fact]
    public async Task A_sweep_produces_one_run_per_grid_point_and_per_sample()
    {
        var scenario = ScenarioDocument.From(TestScenarios.Baseline(days: 10));
        SweepAxis.TryParse("towns/airport/labourForceShare=0.5..0.6:0.05", out var a, out _);
        SweepAxis.TryParse("sectors/ecommerce/exportPropensity=0.2..0.3:0.1", out var b, out _);
        var grid = await StudyRuns.RunToEndAsync(Client, StudyPlans.Sweep(scenario, [a!, b!], null, Settings(2, 10)));
        Assert.Equal(6 * 2, grid.RunsTotal);
        Assert.Equal(6, grid.Variants.Length);

        var samples = await StudyRuns.RunToEndAsync(Client, StudyPlans.Sweep(scenario, [a!, b!], 5, Settings(1, 10)));
        Assert.Equal(5, samples.RunsTotal);
        var definition = await Client.GetDefinitionAsync(samples.StudyId);
        Assert.All(definition.Request.Variants, v => Assert.InRange(v.Parameters[a!.Path], 0.5, 0.6));
    }

    [Fact]
    public async Task A_cancelled_study_stops_and_says_so()
    {
        var scenario = ScenarioDocument.From(TestScenarios.Baseline(days: 3000));
        var status = await Client.StartStudyAsync(StudyPlans.Replications(scenario, Settings(2, 3000, seed: 5)));
        var cancelled = await Client.CancelAsync(status.StudyId);
        Assert.Equal(StudyState.Cancelled, cancelled.State);
        await Assert.ThrowsAsync<StudyNotReadyException>(() => Client.GetResultsAsync(status.StudyId));
    }

    [Fact]
    public async Task Cancelling_one_of_two_studies_that_share_runs_leaves_the_other_to_complete()
    {
        var scenario = ScenarioDocument.From(TestScenarios.Baseline(days: 400));
        var request = StudyPlans.Replications(scenario, Settings(2, 400, seed: 91));
        var first = await Client.StartStudyAsync(request);
        var second = await Client.StartStudyAsync(request);
        // Both studies hold the same two runs before the first withdraws. A generous cap: seconds
        // on a quiet machine, many times that when it is loaded.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while ((await Client.GetStatusAsync(second.StudyId)).DaysDone == 0) await Task.Delay(10, timeout.Token);

        Assert.Equal(StudyState.Cancelled, (await Client.CancelAsync(first.StudyId)).State);
        await foreach (var update in Client.WatchAsync(second.StudyId, TimeSpan.FromMilliseconds(25), timeout.Token)) second = update;
        Assert.True(second.State == StudyState.Completed, $"the study that still wanted the runs ended {second.State}: {second.Error}");
        Assert.Equal(0, second.RunsFromCache);
    }

    [Fact]
    public async Task An_unknown_study_is_reported_by_name()
    {
        var error = await Assert.ThrowsAsync<StudyNotFoundException>(() => Client.GetStatusAsync("study-nosuch"));
        Assert.Contains("study-nosuch", error.Message);
    }

    [Fact]
    public async Task A_comparison_without_a_what_if_is_refused_before_any_run()
    {
        var scenario = ScenarioDocument.From(TestScenarios.Baseline(days: 5));
        var request = StudyPlans.Replications(scenario, Settings(1, 5)) with { Kind = StudyKind.Comparison };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.StartStudyAsync(request));
        Assert.Contains("variants: a comparison needs a baseline and at least one what-if", error.Message);
    }
}
