using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Twin.Silo.Tests.Support;

namespace Twin.Silo.Tests;

/// <summary>The page tells the truth: the pace achieved, bounded backlog circles, labels on top, ISO dates, a narrow screen without sideways scrolling.</summary>
[Collection(LiveSiloCollection.Name)]
public sealed class PageTruthTests(LiveSilo silo)
{
    private const string Ready = "document.body.dataset.day && document.querySelectorAll('[data-kpi]').length > 40";

    [SkippableFact]
    public async Task The_header_shows_the_achieved_pace_beside_the_configured_one_and_the_lag()
    {
        await using var browser = await Chromium.StartAsync(ExternalTool.Chromium.Require());
        // Two polls at least three seconds apart make a pace to show.
        await browser.OpenAsync(silo.Process.BaseAddress, Ready + " && Number.isFinite(+document.body.dataset.pace)", TimeSpan.FromSeconds(60));
        var header = await browser.EvaluateAsync("""
            JSON.stringify({ pace: document.getElementById('pace').textContent, target: document.getElementById('pace-target').textContent,
                             lag: document.getElementById('lag').textContent, achieved: +document.body.dataset.pace })
            """);
        using var shown = JsonDocument.Parse(header.GetString()!);
        var root = shown.RootElement;
        Assert.EndsWith("days/min", root.GetProperty("pace").GetString());
        Assert.StartsWith("(configured ", root.GetProperty("target").GetString());
        Assert.Matches(@"^\d+ days?$", root.GetProperty("lag").GetString()!);
        Assert.True(root.GetProperty("achieved").GetDouble() >= 0);
    }

    [SkippableFact]
    public async Task Backlog_circles_grow_with_the_square_root_and_stop_at_a_cap_and_labels_sit_above_the_routes()
    {
        await using var browser = await Chromium.StartAsync(ExternalTool.Chromium.Require());
        await browser.OpenAsync(silo.Process.BaseAddress, Ready, TimeSpan.FromSeconds(30));
        var radii = await browser.EvaluateAsync("import('/js/map.js').then(m => [0, 500, 2000, 1e6].map(m.backlogRadius))");
        var r = radii.EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(4, r[0], 6);
        Assert.Equal(4 + 26 * 0.5, r[1], 6); // a quarter of the cap: half the radius span
        Assert.Equal(30, r[2], 6);
        Assert.Equal(30, r[3], 6);
        var drawn = await browser.EvaluateAsync("Math.max(0, ...[...document.querySelectorAll('#zone .backlog')].map(c => +c.getAttribute('r')))");
        Assert.True(drawn.GetDouble() <= 30, $"a backlog circle of radius {drawn.GetDouble()} is drawn");
        var order = await browser.EvaluateAsync("""
            (() => { const kids = [...document.getElementById('world').children];
                     const lastRoute = kids.map(k => k.tagName).lastIndexOf('polyline');
                     const firstLabel = kids.findIndex(k => k.tagName === 'text' && k.classList.contains('label'));
                     return firstLabel > lastRoute; })()
            """);
        Assert.Equal(JsonValueKind.True, order.ValueKind);
    }

    [SkippableFact]
    public async Task Below_900_pixels_the_routes_table_fits_without_sideways_scrolling_and_dates_are_iso()
    {
        await using var browser = await Chromium.StartAsync(ExternalTool.Chromium.Require(), width: 880, height: 1400);
        await browser.OpenAsync(silo.Process.BaseAddress, Ready + " && document.querySelectorAll('#routes tbody tr').length > 5", TimeSpan.FromSeconds(30));
        var fits = await browser.EvaluateAsync("(() => { const card = document.getElementById('routes').closest('.card'); return card.scrollWidth <= card.clientWidth; })()");
        Assert.Equal(JsonValueKind.True, fits.ValueKind);
        var date = await browser.EvaluateAsync("import('/js/studies.js').then(m => m.isoMinute('2026-12-04T09:30:00Z'))");
        Assert.Equal("2026-12-04 09:30", date.GetString());
    }

    [SkippableFact]
    public async Task A_completed_study_on_the_page_links_to_its_results()
    {
        var chromium = ExternalTool.Chromium.Require();
        using var post = new HttpRequestMessage(HttpMethod.Post, "api/studies")
        {
            Content = new StringContent("""{ "kind": "replications", "scenario": "baseline", "replications": 1, "days": 10, "seed": 17, "title": "linked from the page" }""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("X-Api-Key", LiveSilo.Key);
        var started = await silo.Http.SendAsync(post);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("studyId").GetString()!;

        await using var browser = await Chromium.StartAsync(chromium);
        await browser.OpenAsync(silo.Process.BaseAddress, Ready, TimeSpan.FromSeconds(60));
        var row = $"#studies tr[data-study=\"{id}\"][data-state=\"completed\"]";
        await browser.WaitForAsync($"document.querySelector('{row} a')", TimeSpan.FromMinutes(3));
        var href = (await browser.EvaluateAsync($"document.querySelector('{row} a').getAttribute('href')")).GetString();
        Assert.Equal($"/api/studies/{id}/results", href);

        var results = await silo.Http.GetAsync(href!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        Assert.Contains(id, await results.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_favicon_is_served()
    {
        var response = await silo.Http.GetAsync("favicon.ico");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // an icon file's header
    }
}
