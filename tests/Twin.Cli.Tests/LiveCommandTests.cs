using System.Net.Http.Json;
using System.Text.Json;
using Twin.Cli;
using Twin.Testing;

namespace Twin.Cli.Tests;

/// <summary>`twin live` against a running silo: its day, pace and each headline KPI with its unit.</summary>
public sealed class LiveCommandTests
{
    [Fact]
    public async Task Live_shows_each_headline_kpi_with_its_unit()
    {
        using var data = new TempFolder("twin-cli-live-");
        await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Twin:DataFolder"] = data.Path,
            ["Twin:Live:DaysPerMinute"] = "600",
        });
        using (var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (await DaysDoneAsync(http) < 2)
            {
                Assert.True(DateTime.UtcNow < deadline, "the live twin did not step two days within three minutes");
                await Task.Delay(250);
            }
        }

        var output = new StringWriter();
        var error = new StringWriter();
        int code = await TwinCommandLine.RunAsync(["live", "--cluster", $"127.0.0.1:{silo.GatewayPort}"], output, error);

        Assert.True(code == ExitCodes.Success, error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Live twin of '", lines[0]);
        Assert.Equal(["entity", "kpi", "value", "unit"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(lines, line => Columns(line) is ["rail-moscow", "teu_departed", _, "TEU"]);
        Assert.Contains(lines, line => Columns(line) is [_, "jobs", _, "workers"]);
        // Every headline row names its unit: a row of three columns would be a KPI without one.
        Assert.All(lines.Skip(3), line => Assert.Equal(4, Columns(line).Length));
    }

    /// <summary>The live twin's days so far; -1 while it is not running yet (the silo answers 503 until it starts it).</summary>
    private static async Task<int> DaysDoneAsync(HttpClient http)
    {
        using var response = await http.GetAsync("api/live");
        if (!response.IsSuccessStatusCode) return -1;
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetProperty("daysDone").GetInt32();
    }

    private static string[] Columns(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
