using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Model.Scenarios;

namespace Twin.Silo.Tests;

[Collection(SiloCollection.Name)]
public sealed class HttpApiTests(SiloFactory silo)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Baseline(Action<JsonObject>? edit = null)
    {
        var node = JsonNode.Parse(BuiltInScenarios.BaselineJson)!.AsObject();
        edit?.Invoke(node);
        return node.ToJsonString();
    }

    [Fact]
    public async Task A_bad_scenario_gives_400_with_the_field_path()
    {
        var body = Baseline(root => root["towns"]![2]!["firms"]!["manufacturing"] = -5);
        var response = await silo.CreateClient().PostAsync("/api/scenarios/validate", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal("must be >= 0, got -5", errors.GetProperty("towns[2].firms.manufacturing")[0].GetString());
    }

    [Fact]
    public async Task A_good_scenario_validates_with_its_hash_and_entities()
    {
        var response = await silo.CreateClient().PostAsync("/api/scenarios/validate", Json(Baseline()));
        response.EnsureSuccessStatusCode();
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ScenarioHash.Of(BuiltInScenarios.Baseline()), result.RootElement.GetProperty("hash").GetString());
        Assert.Equal(5, result.RootElement.GetProperty("entities").GetProperty("towns").GetInt32());
    }

    [Fact]
    public async Task The_kpi_declarations_say_each_kpis_unit_and_window_rule_by_kind()
    {
        var kpis = await silo.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/kpis");
        var loadFactor = kpis!.Single(k => k.GetProperty("kind").GetString() == "route" && k.GetProperty("name").GetString() == "load_factor");
        Assert.Equal("weightedMean", loadFactor.GetProperty("aggregation").GetString());
        Assert.Equal("capacity_offered_units", loadFactor.GetProperty("weight").GetString());
        var pnl = kpis!.Single(k => k.GetProperty("kind").GetString() == "participant" && k.GetProperty("name").GetString() == "pnl_usd");
        Assert.Equal("last", pnl.GetProperty("aggregation").GetString());
        Assert.Equal("higherIsBetter", pnl.GetProperty("better").GetString());
    }

    [Fact]
    public async Task A_write_without_the_key_gives_401_and_starts_nothing()
    {
        var body = """{ "kind": "replications", "scenario": "baseline", "replications": 1, "days": 5 }""";
        var anonymous = await silo.CreateClient().PostAsync("/api/studies", Json(body));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var client = silo.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/studies", Json(body))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await silo.CreateClient().PostAsync("/api/studies/study-x/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_gives_413()
    {
        var huge = Baseline(root => root["description"] = new string('x', 300_000));
        var response = await silo.CreateClient().PostAsync("/api/scenarios/validate", Json(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_study_names_each_bad_field()
    {
        var body = """{ "kind": "comparison", "scenario": "baseline", "replications": 0, "dayz": 3 }""";
        var response = await silo.Writer().PostAsync("/api/studies", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("dayz", text);
        Assert.Contains("replications", text);
    }

    [Fact]
    public async Task An_unknown_study_gives_404()
    {
        var response = await silo.CreateClient().GetAsync("/api/studies/study-nosuch");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("study-nosuch", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        using var document = JsonDocument.Parse(await silo.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        var listed = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();
        string[] expected =
        [
            "POST /api/scenarios/validate", "POST /api/studies", "GET /api/studies", "GET /api/studies/{id}", "POST /api/studies/{id}/cancel",
            "GET /api/studies/{id}/results", "GET /api/studies/{id}/comparison", "GET /api/studies/{id}/export", "GET /api/studies/{id}/manifest",
            "GET /api/studies/{id}/plot", "GET /api/live", "GET /api/live/series", "POST /api/live/observations", "POST /api/live/fork",
        ];
        Assert.All(expected, e => Assert.Contains(e, listed));
        var reference = await silo.CreateClient().GetAsync("/api/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}
