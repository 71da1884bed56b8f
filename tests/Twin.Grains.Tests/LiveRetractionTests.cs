using System.Text.Json;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Contracts.Kernel;
using Twin.Grains.Tests.Support;
using Twin.Model.Scenarios;

namespace Twin.Grains.Tests;

/// <summary>An observation can be listed and retracted; the live twin then carries on as if it had never come.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveRetractionTests(ClusterFixture cluster)
{
    private const int Days = 300;
    private static readonly ScenarioDocument Scenario = ScenarioDocument.From(BuiltInScenarios.Baseline());

    private static async Task WaitPastAsync(IRunGrain live, int day)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while ((await live.GetStatus()).DaysDone <= day) await Task.Delay(50, timeout.Token);
    }

    private static string Date(int day) => Scenario.Scenario.Start.AddDays(day).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_retracted_observation_leaves_the_series_it_would_have_had_without_it()
    {
        var id = $"test-live-{Guid.NewGuid():N}";
        var live = cluster.Grains.GetGrain<IRunGrain>(id);
        await live.Start(new RunRequest(Scenario.CanonicalJson, Scenario.Hash, 42, 0, Days, CheckpointEveryDays: 7, PaceDaysPerMinute: 1200));
        var client = new TwinClient(cluster.Grains, id);
        var reference = (await Runs.RunAsync(cluster.Grains, Scenario.Scenario, seed: 42, days: Days)).Series.Single(s => s.EntityId == "crude-oil").Series("close");

        await WaitPastAsync(live, 40);
        int day = (await live.GetStatus()).DaysDone + 3;
        double price = Math.Round(reference[day] * 1.4, 2);
        var receipt = await client.ObserveAsync([JsonDocument.Parse($$"""{ "type": "quote", "market": "crude-oil", "date": "{{Date(day)}}", "price": {{price}} }""").RootElement]);
        var observationId = Assert.Single(receipt.Ids!);
        Assert.Contains(await client.ListObservationsAsync(), o => o.Id == observationId && o.Day == day);
        await WaitPastAsync(live, day + 30);
        var observed = await live.GetSeries("crude-oil", "close", 0, day + 30);
        Assert.Equal(price, observed[day]);
        Assert.NotEqual(reference[(day + 1)..(day + 31)], observed[(day + 1)..]);

        var retraction = await client.RetractAsync(observationId);
        Assert.True(retraction.RestoredFromDay < day, $"restored from day {retraction.RestoredFromDay}, after the observation's day {day}");
        Assert.DoesNotContain(await client.ListObservationsAsync(), o => o.Id == observationId);
        await WaitPastAsync(live, day + 35);
        Assert.Equal(reference[..(day + 36)], await live.GetSeries("crude-oil", "close", 0, day + 35));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => client.RetractAsync(observationId));
        await live.Cancel();
    }
}
