using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Twin.Silo.Tests;

/// <summary>An export streams from the results store to the response: memory does not grow with the study, and filters cut it down.</summary>
[Collection(SiloCollection.Name)]
public sealed class ExportOverHttpTests(SiloFactory silo, ITestOutputHelper log)
{
    private const int Days = 90;

    private async Task<string> CompletedStudyAsync(int replications)
    {
        var body = $$"""{ "kind": "replications", "scenario": "baseline", "replications": {{replications}}, "days": {{Days}}, "seed": 5 }""";
        var started = await silo.Writer().PostAsync("/api/studies", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("studyId").GetString()!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while ((await silo.CreateClient().GetFromJsonAsync<JsonElement>($"/api/studies/{id}", timeout.Token)).GetProperty("state").GetString() != "completed")
            await Task.Delay(200, timeout.Token);
        return id;
    }

    /// <summary>Exports a study as CSV, reading the answer as it comes; the bytes, and the most live managed memory the process gained meanwhile.</summary>
    private async Task<(long Bytes, long PeakGain)> ExportAsync(string id)
    {
        long before = await SettledMemoryAsync(), peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            // A full collection at each look: what counts is what the export holds, not garbage not yet collected.
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(true));
                await Task.Delay(20);
            }
        });
        using var response = await silo.CreateClient().GetAsync($"/api/studies/{id}/export?format=csv", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counter = new Twin.Client.Export.ByteCounter();
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(counter);
        await sampling.CancelAsync();
        await sampler;
        return (counter.Length, peak - before);
    }

    /// <summary>
    /// Live managed memory once it has stopped moving (a minute at most): a study that has just
    /// completed may still be letting its runs go in the background, which on a busy machine
    /// overlapped the export and was counted as the export's.
    /// </summary>
    private static async Task<long> SettledMemoryAsync()
    {
        long last = GC.GetTotalMemory(true);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            long now = GC.GetTotalMemory(true);
            if (Math.Abs(now - last) < 1_000_000) return now;
            last = now;
        }
        return last;
    }

    [Fact]
    public async Task Export_memory_is_flat_between_one_and_ten_replications()
    {
        var one = await ExportAsync(await CompletedStudyAsync(1));
        var ten = await ExportAsync(await CompletedStudyAsync(10));
        log.WriteLine($"1 replication: {one.Bytes / 1e6:F1} MB exported, peak live managed memory +{one.PeakGain / 1e6:F1} MB");
        log.WriteLine($"10 replications: {ten.Bytes / 1e6:F1} MB exported, peak live managed memory +{ten.PeakGain / 1e6:F1} MB");
        Assert.InRange(ten.Bytes, 9 * one.Bytes, 11 * one.Bytes);
        // Buffering the export would gain at least its size (ten times one run's); streaming gains about one run's, whatever the study.
        Assert.True(ten.PeakGain < Math.Max(2 * one.PeakGain, one.Bytes) + 32_000_000,
            $"exporting 10 replications gained {ten.PeakGain:N0} bytes against {one.PeakGain:N0} for one ({ten.Bytes:N0} bytes exported)");
    }

    [Fact]
    public async Task Filters_cut_the_export_to_the_kpis_entities_days_and_replications_asked_for()
    {
        var id = await CompletedStudyAsync(2);
        var csv = await silo.CreateClient().GetStringAsync($"/api/studies/{id}/export?format=csv&kpi=departures,teu_departed&entity=rail-moscow&from=10&to=19&replication=1");
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("study,run,scenario,replication,seed,day,entity,kpi,value", lines[0]);
        Assert.Equal(2 * 10, lines.Length - 1);
        Assert.All(lines.Skip(1).Select(l => l.Split(',')), f =>
        {
            Assert.Equal("1", f[3]);
            Assert.InRange(int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture), 10, 19);
            Assert.Equal("rail-moscow", f[6]);
            Assert.Contains(f[7], new[] { "departures", "teu_departed" });
        });
        var bad = await silo.CreateClient().GetAsync($"/api/studies/{id}/export?replication=7");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
