using System.Text.Json;
using Twin.Client.Live;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Grains.Tests.Support;
using Twin.Model.Scenarios;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class LiveTwinTests(ClusterFixture cluster)
{
    private const int Days = 400;
    private const double Pace = 1200; // 20 simulated days a second: fast enough for a test, slow enough to catch.

    private static readonly ScenarioDocument Scenario = ScenarioDocument.From(BuiltInScenarios.Baseline());

    /// <summary>A live run under its own id, and a client whose live twin it is.</summary>
    private async Task<(TwinClient Client, IRunGrain Live, string Id)> StartLiveAsync(double pace = Pace, int days = Days)
    {
        var id = $"test-live-{Guid.NewGuid():N}";
        var live = cluster.Grains.GetGrain<IRunGrain>(id);
        await live.Start(new RunRequest(Scenario.CanonicalJson, Scenario.Hash, 42, 0, days, CheckpointEveryDays: 0, PaceDaysPerMinute: pace));
        return (new TwinClient(cluster.Grains, id), live, id);
    }

    /// <summary>The same run, not paced and not observed: what the live run would be without observations.</summary>
    private async Task<RunResults> ReferenceAsync() =>
        await Runs.RunAsync(cluster.Grains, Scenario.Scenario, seed: 42, days: Days);

    private static async Task WaitPastAsync(IRunGrain live, int day)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while ((await live.GetStatus()).DaysDone <= day) await Task.Delay(50, timeout.Token);
    }

    private static JsonElement Event(string json) => JsonDocument.Parse(json).RootElement;

    private static string Date(int day) => Scenario.Scenario.Start.AddDays(day).ToString("yyyy-MM-dd");

    [Fact]
    public async Task An_observation_changes_its_day_and_nothing_before_it()
    {
        var (client, live, _) = await StartLiveAsync();
        int day = (await live.GetStatus()).DaysDone + 40;
        var receipt = await client.ObserveAsync([
            Event($$"""{ "type": "departure", "route": "rail-moscow", "date": "{{Date(day)}}", "teu": 96 }"""),
            Event($$"""{ "type": "departure", "route": "rail-moscow", "date": "{{Date(day)}}", "teu": 88 }"""),
        ]);
        Assert.Equal(2, receipt.Accepted);
        await WaitPastAsync(live, day + 5);

        var observed = await live.GetSeries("rail-moscow", "teu_departed", 0, day);
        var departures = await live.GetSeries("rail-moscow", "departures", 0, day);
        var reference = (await ReferenceAsync()).Series.Single(s => s.EntityId == "rail-moscow");
        Assert.Equal(184, observed[day]);
        Assert.Equal(2, departures[day]);
        Assert.Equal(reference.Series("teu_departed")[..day], observed[..day]);
        await live.Cancel();
    }

    [Fact]
    public async Task An_observation_of_a_day_already_simulated_corrects_that_day_only()
    {
        var (client, live, _) = await StartLiveAsync();
        await WaitPastAsync(live, 30);
        var before = await live.GetSeries("crude-oil", "close", 0, 30);
        await client.ObserveAsync([Event($$"""{ "type": "quote", "market": "crude-oil", "date": "{{Date(20)}}", "price": 110.5 }""")]);
        await WaitPastAsync(live, (await live.GetStatus()).DaysDone + 2);

        var after = await live.GetSeries("crude-oil", "close", 0, 30);
        Assert.Equal(110.5, after[20]);
        Assert.Equal(before[..20], after[..20]);
        await live.Cancel();
    }

    [Fact]
    public async Task Observed_trades_set_their_days_vwap_weighted_by_their_lots()
    {
        var (client, live, _) = await StartLiveAsync();
        await WaitPastAsync(live, 30);
        double close = (await live.GetSeries("crude-oil", "close", 20, 20))[0];
        double high = Math.Round(close * 1.05, 2), low = Math.Round(close * 0.95, 2);
        await client.ObserveAsync([
            Event($$"""{ "type": "trade", "market": "crude-oil", "date": "{{Date(20)}}", "price": {{high.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "quantity": 3 }"""),
            Event($$"""{ "type": "trade", "market": "crude-oil", "date": "{{Date(20)}}", "price": {{low.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "quantity": 1 }"""),
        ]);
        await WaitPastAsync(live, (await live.GetStatus()).DaysDone + 2);

        Assert.Equal((3 * high + low) / 4, (await live.GetSeries("crude-oil", "vwap", 20, 20))[0], 9);
        Assert.Equal(4, (await live.GetSeries("crude-oil", "volume_lots", 20, 20))[0]);
        Assert.Equal(2, (await live.GetSeries("crude-oil", "trades", 20, 20))[0]);
        Assert.Equal(low, (await live.GetSeries("crude-oil", "close", 20, 20))[0]);
        await live.Cancel();
    }

    [Fact]
    public async Task A_bad_observation_is_rejected_with_its_field_and_changes_nothing()
    {
        var (client, live, _) = await StartLiveAsync();
        int day = (await live.GetStatus()).DaysDone + 30;
        var error = await Assert.ThrowsAsync<ObservationInvalidException>(() => client.ObserveAsync([
            Event($$"""{ "type": "departure", "route": "rail-moscow", "date": "{{Date(day)}}", "teu": 96 }"""),
            Event($$"""{ "type": "departure", "route": "rail-mosco", "date": "{{Date(day)}}", "teu": 96 }"""),
            Event("""{ "type": "arrival", "route": "rail-moscow", "date": "2031-01-01", "teu": 5 }"""),
            Event("""{ "type": "landing", "date": "2025-02-01" }"""),
        ]));
        Assert.Contains(error.Problems, p => p.Path == "observations[1].route" && p.Message.StartsWith("no route 'rail-mosco'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "observations[2].date" && p.Message.Contains("outside the live run"));
        Assert.Contains(error.Problems, p => p.Path == "observations[3].type");
        await WaitPastAsync(live, day + 1);

        var reference = (await ReferenceAsync()).Series.Single(s => s.EntityId == "rail-moscow");
        Assert.Equal(reference.Series("teu_departed")[..(day + 1)], await live.GetSeries("rail-moscow", "teu_departed", 0, day));
        await live.Cancel();
    }

    [Fact]
    public async Task A_fork_equals_the_live_run_up_to_the_fork_and_its_lever_changes_only_what_it_should()
    {
        var (client, live, _) = await StartLiveAsync();
        await WaitPastAsync(live, 25);
        var study = await client.ForkAsync(new ForkRequest([Event("""{ "close": "routes/rail-moscow", "days": 10 }""")], Days: 40));
        await foreach (var update in client.WatchAsync(study.StudyId, TimeSpan.FromMilliseconds(25))) study = update;
        Assert.Equal(StudyState.Completed, study.State);

        var definition = await client.GetDefinitionAsync(study.StudyId);
        var point = await cluster.Grains.GetGrain<IForkPointGrain>(definition.Request.ForkPoint!).Get();
        var projection = await cluster.Grains.GetGrain<IRunGrain>(definition.Runs[0].RunId).GetResults();
        var whatIf = await cluster.Grains.GetGrain<IRunGrain>(definition.Runs[1].RunId).GetResults();
        foreach (var entity in new[] { "rail-moscow", "cosmoplat", "crude-oil" })
        {
            var kpi = entity == "rail-moscow" ? "departures" : entity == "crude-oil" ? "close" : "output_cny";
            var liveDays = await live.GetSeries(entity, kpi, 0, point.Day);
            Assert.Equal(liveDays, projection.Series.Single(s => s.EntityId == entity).Series(kpi)[..(point.Day + 1)]);
            Assert.Equal(liveDays, whatIf.Series.Single(s => s.EntityId == entity).Series(kpi)[..(point.Day + 1)]);
        }
        var baseDepartures = projection.Series.Single(s => s.EntityId == "rail-moscow").Sum("departures");
        var fewerDepartures = whatIf.Series.Single(s => s.EntityId == "rail-moscow").Sum("departures");
        Assert.True(fewerDepartures < baseDepartures, $"closing the route must take departures away ({baseDepartures} -> {fewerDepartures})");

        // The comparison covers the days after the fork point by default: the shared days would only dilute a level's mean.
        var report = await client.CompareAsync(study.StudyId, new ResultQuery(Kpi: "backlog_teu", Entity: "rail-moscow"));
        Assert.Equal(point.Day + 1, report.Window.From);
        var backlog = projection.Series.Single(s => s.EntityId == "rail-moscow").Series("backlog_teu");
        Assert.Equal(backlog[(point.Day + 1)..].Average(), report.Rows.Single().Comparison.Baseline.Mean, 9);
        // Towns feel the closure through the service their exports get (docs/model.md, "Service and export
        // demand"), so only their days up to the fork point are the projection's, every KPI of them.
        var town = projection.Series.Single(s => s.EntityId == "cosmoplat");
        int shared = (point.Day + 1) * town.Names.Count;
        Assert.Equal(town.Values[..shared], whatIf.Series.Single(s => s.EntityId == "cosmoplat").Values[..shared]);
        await live.Cancel();
    }

    [Fact]
    public async Task A_fork_lever_before_the_fork_is_refused_and_leaves_no_study()
    {
        var (client, live, _) = await StartLiveAsync();
        await WaitPastAsync(live, 10);
        var before = (await client.ListStudiesAsync()).Count;
        var error = await Assert.ThrowsAsync<ObservationInvalidException>(() =>
            client.ForkAsync(new ForkRequest([Event("""{ "day": 1, "close": "routes/tir-almaty", "days": 3 }""")])));
        Assert.Contains(error.Problems, p => p.Path == "interventions[0].day");
        Assert.Equal(before, (await client.ListStudiesAsync()).Count);
        await live.Cancel();
    }

    [Fact]
    public async Task A_fork_after_the_scenarios_own_year_is_taken_within_the_live_runs_horizon()
    {
        // The baseline's own days are 365; a live run goes on for ten years. It runs as fast as it can here, and
        // is long enough to be still running when the fork is asked for.
        var (client, live, _) = await StartLiveAsync(pace: 60_000, days: 3650);
        await WaitPastAsync(live, 370);
        var study = await client.ForkAsync(new ForkRequest([Event("""{ "close": "routes/rail-moscow", "days": 10 }""")], Days: 20));
        await foreach (var update in client.WatchAsync(study.StudyId, TimeSpan.FromMilliseconds(25))) study = update;
        Assert.Equal(StudyState.Completed, study.State);
        var report = await client.CompareAsync(study.StudyId, new ResultQuery(Kpi: "departures", Entity: "rail-moscow"));
        Assert.True(report.Window.From > 365, $"the comparison starts after the fork point, day {report.Window.From}");
        await live.Cancel();
    }

    [Fact]
    public async Task Ten_replications_of_a_fork_past_the_first_year_give_an_interval_that_excludes_zero()
    {
        var (client, live, _) = await StartLiveAsync(pace: 60_000, days: 3650);
        await WaitPastAsync(live, 370);
        var study = await client.ForkAsync(new ForkRequest([Event("""{ "close": "routes/rail-moscow", "days": 20 }""")], Days: 20, Replications: 10));
        await foreach (var update in client.WatchAsync(study.StudyId, TimeSpan.FromMilliseconds(25))) study = update;
        Assert.Equal(StudyState.Completed, study.State);
        Assert.Equal(20, study.RunsTotal);

        var departures = (await client.CompareAsync(study.StudyId, new ResultQuery(Kpi: "departures", Entity: "rail-moscow"))).Rows.Single().Comparison;
        Assert.Equal(10, departures.Difference.Count);
        Assert.True(departures.Difference.Upper < 0, $"closing the route for the whole window cuts its departures: [{departures.Difference.Lower}, {departures.Difference.Upper}]");
        // The replications draw from their own streams after the fork: the projection varies between them.
        // (A town's exports: a route's loads can be full on every train, the same in any draw.)
        var exports = (await client.CompareAsync(study.StudyId, new ResultQuery(Kpi: "export_value_cny", Entity: "cosmoplat"))).Rows.Single().Comparison;
        Assert.True(exports.Baseline.StandardDeviation > 0, "ten replications of the projection are not ten copies of one");
        await live.Cancel();
    }
}
