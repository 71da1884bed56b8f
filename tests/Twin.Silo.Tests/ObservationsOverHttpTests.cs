using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Twin.Silo.Tests.Support;

namespace Twin.Silo.Tests;

/// <summary>Observations over HTTP on a real silo with the live twin: taken with ids, listed, retracted with the key.</summary>
[Collection(LiveSiloCollection.Name)]
public sealed class ObservationsOverHttpTests(LiveSilo silo)
{
    [Fact]
    public async Task An_observation_is_listed_and_retracted_by_its_id()
    {
        var live = await silo.Http.GetFromJsonAsync<JsonElement>("api/live");
        var today = live.GetProperty("today").GetString()!;
        var closes = await silo.Http.GetFromJsonAsync<JsonElement>("api/live/series?entity=crude-oil&kpi=close&from=0&to=100000");
        var close = closes.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).TakeLast(7).Average();
        var body = $$"""{ "type": "quote", "market": "crude-oil", "date": "{{today}}", "price": {{Math.Round(close * 1.1, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)}} }""";

        using var writer = new HttpClient { BaseAddress = silo.Http.BaseAddress };
        writer.DefaultRequestHeaders.Add("X-Api-Key", LiveSilo.Key);
        var taken = await writer.PostAsync("api/live/observations", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        var id = (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ids")[0].GetString()!;

        var listed = await silo.Http.GetAsync("api/live/observations?limit=5");
        Assert.Contains(id, await listed.Content.ReadAsStringAsync());
        Assert.True(int.Parse(listed.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);

        Assert.Equal(HttpStatusCode.Unauthorized, (await silo.Http.DeleteAsync($"api/live/observations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.DeleteAsync($"api/live/observations/{id}")).StatusCode);
        Assert.DoesNotContain(id, await silo.Http.GetStringAsync("api/live/observations"));
        Assert.Equal(HttpStatusCode.NotFound, (await writer.DeleteAsync($"api/live/observations/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_absurd_price_is_refused_naming_the_field_and_the_bound()
    {
        var live = await silo.Http.GetFromJsonAsync<JsonElement>("api/live");
        using var writer = new HttpClient { BaseAddress = silo.Http.BaseAddress };
        writer.DefaultRequestHeaders.Add("X-Api-Key", LiveSilo.Key);
        var body = $$"""{ "type": "quote", "market": "crude-oil", "date": "{{live.GetProperty("today").GetString()}}", "price": 1e308 }""";
        var response = await writer.PostAsync("api/live/observations", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("observations[0].price")[0].GetString()!;
        Assert.Contains("must be between", message);
        Assert.Contains("1E+308", message);
    }
}
