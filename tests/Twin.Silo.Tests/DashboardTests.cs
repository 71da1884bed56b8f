using System.Net;
using Twin.Silo.Tests.Support;

namespace Twin.Silo.Tests;

/// <summary>The Orleans Dashboard at `/dashboard` answers only to the API key (header, or the cookie its key form sets).</summary>
[Collection(LiveSiloCollection.Name)]
public sealed class DashboardTests(LiveSilo silo)
{
    private HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = silo.Process.BaseAddress };

    [Theory]
    [InlineData("dashboard/")]
    [InlineData("dashboard/index.min.js")]
    [InlineData("dashboard/DashboardCounters")]
    [InlineData("dashboard/ClusterStats")]
    public async Task Without_the_key_the_dashboard_and_its_data_are_refused(string path)
    {
        using var http = Client();
        var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "X-Api-Key", "not-the-key" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task With_the_key_in_the_header_the_dashboard_and_its_counters_are_served()
    {
        using var http = Client();
        http.DefaultRequestHeaders.Add("X-Api-Key", LiveSilo.Key);
        var page = await http.GetAsync("dashboard/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", await page.Content.ReadAsStringAsync());
        var counters = await http.GetAsync("dashboard/DashboardCounters");
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
        // The cluster's own grains are there: the live run is one of them.
        Assert.Contains("RunGrain", await counters.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_without_the_key_gets_the_key_form_and_the_right_key_opens_the_dashboard()
    {
        var cookies = new CookieContainer();
        using var http = Client(cookies);
        using var ask = new HttpRequestMessage(HttpMethod.Get, "dashboard/") { Headers = { { "Accept", "text/html" } } };
        var form = await http.SendAsync(ask);
        Assert.Equal(HttpStatusCode.Unauthorized, form.StatusCode);
        Assert.Contains("action=\"/dashboard-key\"", await form.Content.ReadAsStringAsync());

        var rejected = await http.PostAsync("dashboard-key", new FormUrlEncodedContent([new("key", "not-the-key")]));
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Empty(cookies.GetAllCookies());

        var accepted = await http.PostAsync("dashboard-key", new FormUrlEncodedContent([new("key", LiveSilo.Key)]));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var cookie = Assert.Single(cookies.GetAllCookies());
        Assert.True(cookie.HttpOnly);
        Assert.DoesNotContain(LiveSilo.Key, cookie.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("dashboard/ClusterStats")).StatusCode);
    }

    [SkippableFact]
    public async Task In_a_browser_the_key_form_opens_the_dashboard_which_shows_the_cluster()
    {
        await using var browser = await Chromium.StartAsync(ExternalTool.Chromium.Require(), 1400, 900);
        await browser.OpenAsync(new Uri(silo.Process.BaseAddress, "dashboard/"), "document.querySelector('form input[name=key]')", TimeSpan.FromSeconds(20));

        await browser.EvaluateAsync($"document.querySelector('input[name=key]').value = '{LiveSilo.Key}'; document.querySelector('form').submit(); true");
        try
        {
            // The busiest methods are the entity grains' daily Step calls, whichever kinds lead the list.
            await browser.WaitForAsync("/active silos/i.test(document.body.innerText) && /Step\\s+\\S+Grain/.test(document.body.innerText)", TimeSpan.FromSeconds(90));
        }
        finally
        {
            var file = Path.Combine(AppContext.BaseDirectory, "screenshots", "orleans-dashboard.png");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllBytesAsync(file, await browser.ScreenshotAsync());
        }
    }
}
