using System.Net.Http.Json;
using System.Text.Json;
using Twin.Silo.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Silo.Tests;

/// <summary>The operator's page at `/`, in headless Chromium against a running silo.</summary>
[Collection(LiveSiloCollection.Name)]
public sealed class PageTests(LiveSilo silo, ITestOutputHelper output)
{
    private const string Ready = "document.body.dataset.day && document.querySelectorAll('[data-kpi]').length > 40";

    /// <summary>Every number the page shows that comes from a KPI, read in one go so that they belong to one render.</summary>
    private const string Cells = """
        JSON.stringify({
          day: document.body.dataset.day, shownDay: document.getElementById('day').textContent, date: document.getElementById('date').textContent,
          cells: [...document.querySelectorAll('[data-kpi]')].map(c => ({ entity: c.dataset.entity, kpi: c.dataset.kpi,
            from: +c.dataset.from, to: +c.dataset.to, value: c.dataset.value, text: c.textContent })) })
        """;

    [SkippableFact]
    public async Task The_page_shows_the_same_numbers_as_the_API_and_a_screenshot_is_saved()
    {
        await using var browser = await Chromium.StartAsync(ExternalTool.Chromium.Require());
        await browser.OpenAsync(silo.Process.BaseAddress, Ready, TimeSpan.FromSeconds(90));

        using var page = JsonDocument.Parse((await browser.EvaluateAsync(Cells)).GetString()!);
        var root = page.RootElement;
        int day = int.Parse(root.GetProperty("day").GetString()!);
        Assert.Equal(day.ToString(), root.GetProperty("shownDay").GetString());
        var start = (await silo.Http.GetFromJsonAsync<JsonElement>("api/zone")).GetProperty("start").GetString();
        Assert.Equal(DateOnly.Parse(start!).AddDays(day).ToString("yyyy-MM-dd"), root.GetProperty("date").GetString());

        var cells = root.GetProperty("cells").EnumerateArray().ToArray();
        var kinds = cells.Select(c => c.GetProperty("kpi").GetString()).Distinct().ToArray();
        Assert.Contains("jobs", kinds);
        Assert.Contains("close", kinds);
        Assert.Contains("teu_departed", kinds);
        Assert.Contains("backlog_teu", kinds);
        Assert.Contains("visitors", kinds);
        Assert.Contains("live_parcels", kinds);
        foreach (var cell in cells)
        {
            string entity = cell.GetProperty("entity").GetString()!, kpi = cell.GetProperty("kpi").GetString()!, text = cell.GetProperty("text").GetString()!;
            int from = cell.GetProperty("from").GetInt32(), to = cell.GetProperty("to").GetInt32();
            double api = await silo.SeriesSumAsync(entity, kpi, from, to);
            var where = $"{entity} {kpi} days {from}..{to}";
            if (double.IsNaN(api))
            {
                Assert.True(text == "—", $"{where}: the API has no value, the page shows '{text}'");
                continue;
            }
            Assert.Equal(api, double.Parse(cell.GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            var shown = DisplayedNumber.Parse(text);
            Assert.True(shown is { } s && s.Shows(api), $"{where}: the page shows '{text}', the API says {api}");
        }
        output.WriteLine($"{cells.Length} numbers on the page for day {day} match GET /api/live/series.");

        var png = await browser.ScreenshotAsync();
        var file = Path.Combine(AppContext.BaseDirectory, "screenshots", "live-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, png);
        Assert.True(png.Length > 20_000 && png[0] == 0x89 && png[1] == (byte)'P', "the screenshot is not a picture of the page");
        output.WriteLine($"Screenshot: {file}");
    }

    [SkippableFact]
    public async Task The_fork_form_needs_the_key_and_starts_a_what_if_that_the_studies_list_shows()
    {
        await using var browser = await Chromium.StartAsync(ExternalTool.Chromium.Require());
        await browser.OpenAsync(silo.Process.BaseAddress, Ready + " && document.getElementById('fork-paths').children.length > 0", TimeSpan.FromSeconds(90));
        int before = (await silo.Http.GetFromJsonAsync<JsonElement>("api/studies")).GetArrayLength();

        await Fill(browser, key: "not-the-key", title: "rejected fork");
        await browser.WaitForAsync("document.getElementById('fork-result').className === 'error'", TimeSpan.FromSeconds(20));
        Assert.Equal("The API key was not accepted.", (await browser.EvaluateAsync("document.getElementById('fork-result').textContent")).GetString());
        Assert.Equal(before, (await silo.Http.GetFromJsonAsync<JsonElement>("api/studies")).GetArrayLength());

        await Fill(browser, key: LiveSilo.Key, title: "two more trains to Moscow, from the page");
        await browser.WaitForAsync("document.getElementById('fork-result').dataset.study", TimeSpan.FromSeconds(20));
        var id = (await browser.EvaluateAsync("document.getElementById('fork-result').dataset.study")).GetString()!;
        var study = await silo.Http.GetFromJsonAsync<JsonElement>($"api/studies/{id}");
        Assert.Equal("two more trains to Moscow, from the page", study.GetProperty("title").GetString());
        Assert.Equal("comparison", study.GetProperty("kind").GetString());
        await browser.WaitForAsync($"document.querySelector('#studies tr[data-study=\"{id}\"]')", TimeSpan.FromSeconds(20));
        // The key stays for the session, so the next fork needs no typing.
        Assert.Equal(LiveSilo.Key, (await browser.EvaluateAsync("sessionStorage.getItem('twin-api-key')")).GetString());
    }

    private static async Task Fill(Chromium browser, string key, string title)
    {
        await browser.EvaluateAsync($$"""
            (() => {
              document.getElementById('fork-result').className = '';
              delete document.getElementById('fork-result').dataset.study;
              document.getElementById('fork-key').value = {{JsonSerializer.Serialize(key)}};
              document.getElementById('fork-op').value = 'set';
              document.getElementById('fork-path').value = 'routes/rail-moscow/departuresPerWeek';
              document.getElementById('fork-value').value = '8';
              document.getElementById('fork-days').value = '30';
              document.getElementById('fork-title-input').value = {{JsonSerializer.Serialize(title)}};
              document.getElementById('fork').requestSubmit();
              return true;
            })()
            """);
    }
}
