using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Twin.Testing;

/// <summary>
/// The real silo host (Twin.Silo) as a separate process on loopback, configured only through
/// environment variables, as an operator would start it. For cluster tests: start several,
/// kill one (<see cref="Kill"/> is kill -9), read what each printed.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process, int siloPort, int gatewayPort, int httpPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        HttpPort = httpPort;
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int HttpPort { get; }

    /// <summary>The silo's HTTP address (the page, the API, `/metrics`).</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the silo wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>
    /// Starts a silo with <paramref name="settings"/> (configuration keys such as
    /// "Twin:Cluster:Membership"; ports not given are free ones) and waits until its /health
    /// answers, which happens only once the silo has joined its cluster. The wait is generous (three
    /// minutes unless told) because a loaded machine starts a silo slowly; a silo that does not come
    /// up in time, or exits, is ended before this throws.
    /// </summary>
    public static async Task<SiloProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan? timeout = null,
        CancellationToken cancellation = default)
    {
        var siloPort = PortFrom(settings, "Twin:Cluster:SiloPort") ?? Loopback.FreePort();
        var gatewayPort = PortFrom(settings, "Twin:Cluster:GatewayPort") ?? Loopback.FreePort();
        var httpPort = Loopback.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuildOutput.Assembly("silo", "Twin.Silo", "Twin.Silo.dll"));
        start.Environment["Twin__Cluster__AdvertisedAddress"] = "127.0.0.1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Twin__Cluster__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Twin__Cluster__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ";

        var silo = new SiloProcess(Process.Start(start)!, siloPort, gatewayPort, httpPort);
        silo._process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        try
        {
            await silo.WaitUntilHealthyAsync(timeout ?? TimeSpan.FromMinutes(3), cancellation);
            return silo;
        }
        catch
        {
            // A silo that never came up has nothing to hand over: end it at once.
            silo.Kill();
            await silo._process.WaitForExitAsync(CancellationToken.None);
            silo._process.Dispose();
            throw;
        }
    }

    /// <summary>Ends the process at once, as a crash or kill -9 would: no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (_process.HasExited)
            return;
        // The silo is one process (`dotnet Twin.Silo.dll` runs it in the host): no tree to walk.
        _process.Kill();
        _process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    /// <summary>Asks the silo to shut down gracefully (SIGTERM), and kills it if it has not ended in time.</summary>
    public async Task StopAsync(TimeSpan? grace = null)
    {
        if (_process.HasExited)
            return;
        using (var term = Process.Start("kill", ["-TERM", ProcessId.ToString(CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync();
        using var wait = new CancellationTokenSource(grace ?? TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The silo exited with code {_process.ExitCode} before it was up:\n{Output}");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{HttpPort}/health")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting.
            }
            await Task.Delay(200, cancellation);
        }
        throw new TimeoutException($"The silo did not answer /health within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private static int? PortFrom(IReadOnlyDictionary<string, string?> settings, string key) =>
        settings.TryGetValue(key, out var text) && int.TryParse(text, CultureInfo.InvariantCulture, out var port) ? port : null;
}
