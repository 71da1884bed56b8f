using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Twin.Testing;

namespace Twin.Silo.Tests.Support;

/// <summary>
/// The distribution's Prometheus on loopback, run with the repository's `dashboards/prometheus.yml`
/// (and its alert rules) pointed at a test silo and scraping every second.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempFolder _folder;

    private PrometheusServer(Process process, TempFolder folder, HttpClient http)
    {
        _process = process;
        _folder = folder;
        Http = http;
    }

    public HttpClient Http { get; }

    /// <summary>The shipped configuration with the silo's address and a one-second scrape interval.</summary>
    public static string ConfigurationFor(Uri silo)
    {
        var text = File.ReadAllText(Repository.Path("dashboards", "prometheus.yml"));
        Assert.Contains("\"localhost:5000\"", text);
        Assert.Contains("scrape_interval: 5s", text);
        return text.Replace("\"localhost:5000\"", $"\"{silo.Authority}\"", StringComparison.Ordinal)
            .Replace("scrape_interval: 5s", "scrape_interval: 1s", StringComparison.Ordinal)
            .Replace("evaluation_interval: 5s", "evaluation_interval: 1s", StringComparison.Ordinal);
    }

    public static async Task<PrometheusServer> StartAsync(string program, Uri silo)
    {
        var folder = new TempFolder("twin-prometheus-");
        var config = folder.PathOf("prometheus.yml");
        await File.WriteAllTextAsync(config, ConfigurationFor(silo));
        File.Copy(Repository.Path("dashboards", "alerts.yml"), folder.PathOf("alerts.yml"));
        int port = Loopback.FreePort();
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = folder.Path };
        foreach (var a in new[] { $"--config.file={config}", $"--storage.tsdb.path={folder.PathOf("data")}", $"--web.listen-address=127.0.0.1:{port}", "--log.level=warn" })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        var log = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        var server = new PrometheusServer(process, folder, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"Prometheus exited with {process.ExitCode}:\n{string.Concat(await log)}");
            try
            {
                if ((await server.Http.GetAsync("-/ready")).StatusCode == HttpStatusCode.OK) return server;
            }
            catch (HttpRequestException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Prometheus did not become ready.");
            await Task.Delay(200);
        }
    }

    /// <summary>An instant query; the series it returns.</summary>
    public async Task<JsonElement[]> QueryAsync(string expression)
    {
        var answer = await Http.GetFromJsonAsync<JsonElement>($"api/v1/query?query={Uri.EscapeDataString(expression)}");
        Assert.True(answer.GetProperty("status").GetString() == "success", $"Prometheus rejected {expression}: {answer}");
        var data = answer.GetProperty("data");
        return data.GetProperty("resultType").GetString() == "scalar" ? [data.GetProperty("result")] : data.GetProperty("result").EnumerateArray().ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _folder.Dispose();
    }
}
