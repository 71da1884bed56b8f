using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Twin.Testing;

namespace Twin.Silo.Tests.Support;

/// <summary>
/// The distribution's Chromium, headless, driven over the DevTools protocol on loopback: no
/// browser download, no Node. One page (the first tab) is enough for the page's tests.
/// </summary>
public sealed partial class Chromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempFolder _profile;

    private Chromium(Process process, TempFolder profile, DevToolsSession page)
    {
        _process = process;
        _profile = profile;
        Page = page;
    }

    public DevToolsSession Page { get; }

    public static async Task<Chromium> StartAsync(string program, int width = 1500, int height = 1700)
    {
        var profile = new TempFolder("twin-chromium-");
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile.Path}",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--window-size={width},{height}", "about:blank",
        })
            start.ArgumentList.Add(flag);
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        // Chromium says where its DevTools endpoint listens on standard error.
        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
                if (Listening().Match(line) is { Success: true } m) endpoint.TrySetResult(new Uri(m.Groups[1].Value));
            endpoint.TrySetException(new InvalidOperationException($"Chromium exited ({(process.HasExited ? process.ExitCode : -1)}) without opening DevTools."));
        });
        var browser = await endpoint.Task.WaitAsync(TimeSpan.FromSeconds(90));
        using var http = new HttpClient { BaseAddress = new Uri($"http://{browser.Authority}/") };
        var targets = await http.GetFromJsonAsync<JsonElement>("json/list");
        var tab = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        var page = await DevToolsSession.ConnectAsync(new Uri(tab.GetProperty("webSocketDebuggerUrl").GetString()!));
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false });
        return new Chromium(process, profile, page);
    }

    /// <summary>Goes to <paramref name="url"/> and waits until <paramref name="readyExpression"/> is true in the page.</summary>
    public async Task OpenAsync(Uri url, string readyExpression, TimeSpan timeout)
    {
        await Page.SendAsync("Page.navigate", new { url = url.ToString() });
        await WaitForAsync(readyExpression, timeout);
    }

    public async Task WaitForAsync(string expression, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // While the page loads, parts of it are not there yet: that is "not yet", not a failure.
            var value = await EvaluateAsync($"(() => {{ try {{ return Boolean({expression}); }} catch {{ return false; }} }})()");
            if (value.ValueKind == JsonValueKind.True) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The page never satisfied: {expression}");
            await Task.Delay(200);
        }
    }

    /// <summary>Evaluates JavaScript in the page (awaiting a promise) and returns its value as JSON.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await Page.SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (result.TryGetProperty("exceptionDetails", out var error))
            throw new InvalidOperationException($"The page threw: {error}");
        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v.Clone() : default;
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        var shot = await Page.SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true });
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _profile.Dispose();
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex Listening();
}
