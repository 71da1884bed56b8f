using System.Text.Json;
using Twin.Silo.Tests.Support;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>The OpenAPI document passes Redocly CLI's recommended rules with no error, and says what the API does.</summary>
[Collection(SiloCollection.Name)]
public sealed class OpenApiLintTests(SiloFactory silo)
{
    [SkippableFact]
    public async Task Redocly_finds_no_error_in_the_openapi_document()
    {
        var redocly = ExternalTool.Redocly.Require();
        using var folder = new TempFolder("twin-openapi-");
        var file = folder.PathOf("openapi.json");
        await File.WriteAllTextAsync(file, await silo.CreateClient().GetStringAsync("/openapi/v1.json"));
        var (exit, output) = await ToolRun.RunAsync(redocly, ["lint", file, "--format=stylish", "--max-problems=500"], timeout: TimeSpan.FromMinutes(2));
        // Redocly exits non-zero on any error (warnings, such as a missing licence, do not fail it).
        Assert.True(exit == 0, $"redocly lint found errors ({exit}):\n{output}");
    }

    [Fact]
    public async Task The_document_types_numbers_lists_the_key_on_writes_and_no_dashboard_routes()
    {
        using var document = JsonDocument.Parse(await silo.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var text = root.GetRawText();
        Assert.DoesNotContain("\"/dashboard", text);
        Assert.DoesNotContain("NaN", text);
        Assert.Equal("http://localhost:5000", root.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Equal("apiKey", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey").GetProperty("type").GetString());
        var start = root.GetProperty("paths").GetProperty("/api/studies").GetProperty("post");
        Assert.True(start.GetProperty("security")[0].TryGetProperty("apiKey", out _));
        var replications = root.GetProperty("components").GetProperty("schemas").GetProperty("StudyBody").GetProperty("properties").GetProperty("replications");
        Assert.Equal(10000, replications.GetProperty("maximum").GetInt32());
        Assert.DoesNotContain("string", replications.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
    }
}
