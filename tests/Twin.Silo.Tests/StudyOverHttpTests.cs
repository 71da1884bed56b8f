using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Model.Scenarios;

namespace Twin.Silo.Tests;

[Collection(SiloCollection.Name)]
public sealed class StudyOverHttpTests(SiloFactory silo)
{
    [Fact]
    public async Task A_study_over_http_gives_the_same_numbers_as_the_same_study_through_the_dotnet_client()
    {
        var body = """{ "kind": "comparison", "scenario": "baseline", "whatIfs": [ { "base": "x" } ], "replications": 2, "days": 20 }""";
        // A what-if given inline cannot name a file as its base: the API says so by path.
        var refused = await silo.Writer().PostAsync("/api/studies", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("whatIfs[0].base", await refused.Content.ReadAsStringAsync());

        var scenario = System.Text.Json.Nodes.JsonNode.Parse(BuiltInScenarios.BaselineJson)!.AsObject();
        scenario["name"] = "tir-almaty-closed";
        scenario["interventions"] = System.Text.Json.Nodes.JsonNode.Parse("""[ { "day": 3, "close": "routes/tir-almaty", "days": 10 } ]""");
        var request = $$"""{ "kind": "comparison", "scenario": "baseline", "whatIfs": [ {{scenario.ToJsonString()}} ], "replications": 2, "days": 20, "seed": 11 }""";
        var started = await silo.Writer().PostAsync("/api/studies", new StringContent(request, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("studyId").GetString()!;
        Assert.Equal($"/api/studies/{id}", started.Headers.Location?.ToString());

        var http = silo.CreateClient();
        for (int i = 0; i < 600; i++)
        {
            var status = await http.GetFromJsonAsync<JsonElement>($"/api/studies/{id}");
            if (status.GetProperty("state").GetString() is "completed" or "failed" or "cancelled") break;
            await Task.Delay(100);
        }
        var overHttp = await http.GetFromJsonAsync<JsonElement>($"/api/studies/{id}/comparison?kpi=departures&entity=tir-almaty");
        var row = overHttp.GetProperty("rows")[0];

        // The same comparison through the .NET client, on the same silo.
        var client = new TwinClient(silo.Services.GetRequiredService<IGrainFactory>());
        var direct = StudyPlans.Comparison(ScenarioDocument.From(BuiltInScenarios.Baseline()),
            [ScenarioDocument.From(ScenarioLoader.Load(scenario.ToJsonString()).Scenario!)], new StudyPlans.Settings(20, 11, 2));
        var status2 = await client.StartStudyAsync(direct);
        await foreach (var update in client.WatchAsync(status2.StudyId)) status2 = update;
        var report = await client.CompareAsync(status2.StudyId, new ResultQuery("departures", "tir-almaty"));

        Assert.Equal(report.Rows[0].Comparison.Difference.Mean, row.GetProperty("comparison").GetProperty("difference").GetProperty("mean").GetDouble());
        Assert.True(report.Rows[0].Comparison.Difference.Mean < 0, "closing the route takes departures away");
        Assert.Equal(status2.RunsTotal, status2.RunsFromCache);

        var csv = await http.GetAsync($"/api/studies/{id}/export?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("study,run,scenario,replication,seed,day,entity,kpi,value", await csv.Content.ReadAsStringAsync());
        var png = await http.GetAsync($"/api/studies/{id}/plot?kpi=departures&entity=tir-almaty");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
    }
}
