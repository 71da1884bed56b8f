using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Twin.Testing;

namespace Twin.Silo.Tests.Support;

/// <summary>
/// One silo process for the whole collection, started as an operator would start it (its own
/// temp data folder, an API key, loopback ports) with the live twin at 600 simulated days a
/// minute and its snapshot refreshed every second, and waited on until the live twin has stepped
/// a few weeks and the page's map is served.
/// </summary>
public sealed class LiveSilo : IAsyncLifetime
{
    public const string Key = "test-key-for-the-live-twin";
    private readonly TempFolder _data = new("twin-live-");

    public SiloProcess Process { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Process = await SiloProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Twin:DataFolder"] = _data.Path,
            ["Twin:Api:Key"] = Key,
            ["Twin:Live:DaysPerMinute"] = "600",
            ["Twin:Telemetry:RefreshSeconds"] = "1",
        });
        Http = new HttpClient { BaseAddress = Process.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        while (!await ReadyAsync())
            await Task.Delay(250, timeout.Token);
    }

    private async Task<bool> ReadyAsync()
    {
        if ((await Http.GetAsync("api/zone")).StatusCode != HttpStatusCode.OK) return false;
        var live = await Http.GetFromJsonAsync<JsonElement>("api/live");
        return live.GetProperty("status").GetProperty("daysDone").GetInt32() > 21;
    }

    /// <summary>The sum of one KPI of one entity over days from..to, as the API gives it.</summary>
    public async Task<double> SeriesSumAsync(string entity, string kpi, int from, int to)
    {
        var values = await Http.GetFromJsonAsync<JsonElement>($"api/live/series?entity={Uri.EscapeDataString(entity)}&kpi={Uri.EscapeDataString(kpi)}&from={from}&to={to}");
        double sum = 0;
        foreach (var v in values.EnumerateArray())
            sum += v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN; // null: no value that day
        return sum;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Process is not null) await Process.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class LiveSiloCollection : ICollectionFixture<LiveSilo>
{
    public const string Name = "live silo";
}
