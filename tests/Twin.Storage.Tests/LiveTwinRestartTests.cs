using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Twin.Testing;

namespace Twin.Storage.Tests;

/// <summary>
/// The live twin on a silo with its SQLite file, stopped gracefully twice (SIGTERM) and killed
/// once: each time the silo comes back, the live run carries on from its last checkpoint with its
/// history as it was, never from day 0.
/// </summary>
public sealed class LiveTwinRestartTests
{
    private const int CheckpointEvery = 7;

    [Fact]
    public async Task The_live_twin_keeps_its_history_through_graceful_and_abrupt_restarts()
    {
        using var data = new TempFolder("twin-live-restart-");
        var settings = new Dictionary<string, string?>
        {
            ["Twin:DataFolder"] = data.Path,
            ["Twin:Api:Key"] = "test-key",
            ["Twin:Live:DaysPerMinute"] = "1200",
            ["Twin:Live:CheckpointEveryDays"] = $"{CheckpointEvery}",
        };
        int reached = 0;
        double[]? history = null;
        foreach (var graceful in new[] { true, true, false })
        {
            await using var silo = await SiloProcess.StartAsync(settings);
            using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            int resumedAt = await DaysDoneAsync(http, after: -1);
            Assert.True(resumedAt >= reached - CheckpointEvery, $"the live twin went back to day {resumedAt}, having reached day {reached} before the restart");
            reached = await DaysDoneAsync(http, after: resumedAt + 3 * CheckpointEvery);
            var days = await http.GetFromJsonAsync<double[]>("api/live/series?entity=rail-moscow&kpi=departures&from=0&to=20");
            if (history is not null) Assert.Equal(history, days);
            history = days;
            if (graceful) await silo.StopAsync(TimeSpan.FromSeconds(30));
            else silo.Kill();
        }
    }

    /// <summary>The live twin's days done once it is past <paramref name="after"/> (waiting while it starts or catches up).</summary>
    private static async Task<int> DaysDoneAsync(HttpClient http, int after)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var response = await http.GetAsync("api/live?days=1", timeout.Token);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var live = await response.Content.ReadFromJsonAsync<JsonElement>(timeout.Token);
                var status = live.GetProperty("status");
                Assert.Equal("running", status.GetProperty("state").GetString());
                int days = status.GetProperty("daysDone").GetInt32();
                if (days > after) return days;
            }
            await Task.Delay(100, timeout.Token);
        }
    }
}
