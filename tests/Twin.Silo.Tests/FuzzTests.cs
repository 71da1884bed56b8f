using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Twin.Silo.Tests.Support;
using Twin.Testing;
using Xunit.Abstractions;

namespace Twin.Silo.Tests;

/// <summary>
/// A silo process on loopback, started from another folder than its own, takes a run of malformed,
/// huge, badly encoded and odd requests (TWIN_FUZZ_REQUESTS, 600 by default) and answers none of
/// them with a 5xx; it read its appsettings.json from its own folder, and refuses unknown hosts.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Malformed_requests_never_get_a_server_error()
    {
        int count = int.TryParse(Environment.GetEnvironmentVariable("TWIN_FUZZ_REQUESTS"), CultureInfo.InvariantCulture, out var n) ? n : 600;
        using var data = new TempFolder("twin-fuzz-");
        await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Twin:DataFolder"] = data.Path,
            ["Twin:Api:Key"] = "fuzz-key",
            ["Twin:Live:DaysPerMinute"] = "600",
            ["Twin:Api:RateLimits:HeavyPerMinute"] = "1000000",
            ["AllowedHosts"] = "127.0.0.1;localhost",
            // Information for everything, as an operator might set it: appsettings.json (next to the silo) keeps ASP.NET Core's request lines out.
            ["Logging:LogLevel:Default"] = "Information",
        });
        using var http = new HttpClient { BaseAddress = silo.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        // The live twin's first look takes a few seconds, during which its endpoints rightly say 503: fuzz the silo once it is up.
        using (var ready = new CancellationTokenSource(TimeSpan.FromSeconds(90)))
            while ((await http.GetAsync("/api/zone", ready.Token)).StatusCode != HttpStatusCode.OK)
                await Task.Delay(250, ready.Token);
        var fuzz = new FuzzRequests(seed: 13, key: "fuzz-key");
        var requests = Enumerable.Range(0, count).Select(_ => fuzz.Next()).ToArray();
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            // A connection of its own: the server may close one after a refused huge body, and a reused one would fail the next request.
            request.Headers.ConnectionClose = true;
            var line = $"{request.Method} {request.RequestUri}".Length > 200 ? $"{request.Method} {request.RequestUri}"[..200] : $"{request.Method} {request.RequestUri}";
            try
            {
                using var response = await http.SendAsync(request);
                await response.Content.CopyToAsync(Stream.Null);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
                if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {line}");
            }
            catch (HttpRequestException e)
            {
                // The server closing a connection on a body over the limit is an answer too; anything else is a failure.
                statuses.AddOrUpdate(0, 1, (_, c) => c + 1);
                if (request.Content is null || request.Content.Headers.ContentLength < 2_000_000) failures.Add($"no answer ({e.Message}) {line}");
            }
        });
        log.WriteLine($"{count} requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "closed" : s.Key)}: {s.Value}")));
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)) + "\n" + silo.Output[^Math.Min(4000, silo.Output.Length)..]);
        Assert.True(statuses.ContainsKey(400));
        Assert.False(silo.HasExited);

        var foreign = new HttpRequestMessage(HttpMethod.Get, "/health");
        foreign.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(foreign)).StatusCode);
        Assert.DoesNotContain("Request starting", silo.Output);
        Assert.Contains("Microsoft.Hosting.Lifetime", silo.Output);
    }
}
