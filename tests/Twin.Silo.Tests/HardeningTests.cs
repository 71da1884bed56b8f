using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Twin.Model.Scenarios;

namespace Twin.Silo.Tests;

/// <summary>Inputs that used to cost the silo dearly (or gave 500) get small, precise answers.</summary>
[Collection(SiloCollection.Name)]
public sealed class HardeningTests(SiloFactory silo)
{
    public static readonly TheoryData<string> Posts = new() { "/api/scenarios/validate", "/api/studies", "/api/live/observations", "/api/live/fork" };

    private static ByteArrayContent Body(byte[] bytes, string? type = "application/json")
    {
        var content = new ByteArrayContent(bytes);
        if (type is not null) content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Invalid_utf8_inside_a_string_is_a_400_problem(string path)
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "title": "ab", "kind": "replications" }""");
        bytes[13] = 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
        var response = await silo.Writer().PostAsync(path, Body(bytes));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task A_body_not_declared_as_json_is_415(string path)
    {
        var noType = await silo.Writer().PostAsync(path, Body("{}"u8.ToArray(), type: null));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, noType.StatusCode);
        var text = await silo.Writer().PostAsync(path, Body("{}"u8.ToArray(), "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task A_scenario_with_many_bad_references_is_answered_in_under_a_megabyte()
    {
        var root = JsonNode.Parse(BuiltInScenarios.BaselineJson)!.AsObject();
        var towns = root["towns"]!.AsArray();
        var hubs = root["hubs"]!.AsArray();
        var (town, hub) = (towns[0]!.ToJsonString(), hubs[0]!.ToJsonString());
        for (int i = 0; i < 300; i++)
        {
            var extra = JsonNode.Parse(town)!.AsObject();
            extra["id"] = $"town-{i}";
            towns.Add(extra);
        }
        for (int i = 0; i < 600; i++)
        {
            var extra = JsonNode.Parse(hub)!.AsObject();
            (extra["id"], extra["town"]) = ($"hub-{i}", "zz");
            hubs.Add(extra);
        }
        var body = Encoding.UTF8.GetBytes(root.ToJsonString());
        Assert.InRange(body.Length, 150_000, 200_000);

        var response = await silo.CreateClient().PostAsync("/api/scenarios/validate", Body(body));
        var answer = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(answer.Length < 1_000_000, $"the answer is {answer.Length:N0} bytes");
        using var problem = JsonDocument.Parse(answer);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.EnumerateObject().Count() <= ValidationProblems.MaxReported + 1);
        Assert.Contains("more problems", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_page_and_metrics_answer_only_get_and_head()
    {
        var client = silo.CreateClient();
        foreach (var path in new[] { "/metrics", "/", "/index.html" })
        {
            foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Post })
            {
                var response = await client.SendAsync(new HttpRequestMessage(method, path));
                Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
                Assert.Equal("GET, HEAD", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : response.Headers.GetValues("Allow").Single());
            }
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task The_page_carries_the_security_headers()
    {
        var response = await silo.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());

        var form = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        form.Headers.Accept.ParseAdd("text/html");
        var keyForm = await silo.CreateClient().SendAsync(form);
        Assert.Equal(HttpStatusCode.Unauthorized, keyForm.StatusCode);
        Assert.Contains("script-src 'self'", keyForm.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", keyForm.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Heavy_endpoints_are_rate_limited_per_client()
    {
        await using var limited = silo.WithWebHostBuilder(b => b.UseSetting("Twin:Api:RateLimits:HeavyPerMinute", "3"));
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 5; i++)
            statuses.Add((await client.PostAsync("/api/scenarios/validate", Body("{}"u8.ToArray()))).StatusCode);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Light reads are not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/kpis")).StatusCode);
    }

    [Fact]
    public async Task The_live_view_refuses_more_days_than_its_cap()
    {
        var response = await silo.CreateClient().GetAsync("/api/live?days=3650");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("days", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_study_ids_activate_no_grain()
    {
        var client = silo.CreateClient();
        for (int i = 0; i < 20; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/studies/study-probe{i:D4}")).StatusCode);
        var management = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var activations = await management.GetDetailedGrainStatistics();
        Assert.DoesNotContain(activations, a => a.GrainId.Key.ToString()!.StartsWith("study-probe", StringComparison.Ordinal));
    }
}
