using Twin.Silo.Tests.Support;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// Every Grafana dashboard conforms to Grafana's own dashboard schema (the types Grafana generates
/// from it, npm package @grafana/schema), checked by dashboards/schema-check/check.mjs.
/// </summary>
public sealed class DashboardSchemaTests
{
    /// <summary>.ci/run installs TypeScript and @grafana/schema and names their tsc here.</summary>
    private const string Variable = "TWIN_TEST_GRAFANA_TSC";

    [SkippableFact]
    public async Task Every_dashboard_conforms_to_grafanas_dashboard_schema()
    {
        var files = Directory.GetFiles(Repository.Path("dashboards", "grafana"), "*.json");
        var (exit, output) = await Check(files);
        Assert.True(exit == 0, $"the dashboards do not conform to Grafana's schema:\n{output}");
        Assert.Contains($"{files.Length} dashboard(s) conform", output);
    }

    [SkippableFact]
    public async Task A_field_grafana_does_not_know_fails_the_check_with_its_file_line_and_name()
    {
        using var folder = new TempFolder("twin-dashboard-schema-");
        var file = folder.PathOf("zone-overview.json");
        var text = await File.ReadAllTextAsync(Repository.Path("dashboards", "grafana", "zone-overview.json"));
        int at = text.IndexOf("\"gridPos\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text[..at] + "\"colour\": \"red\", " + text[at..]);
        int line = text[..at].Count(c => c == '\n') + 1;

        var (exit, output) = await Check([file]);

        Assert.Equal(1, exit);
        Assert.Contains($"zone-overview.json({line},", output);
        Assert.Contains("'\"colour\"' does not exist", output);
    }

    private static async Task<(int ExitCode, string Output)> Check(IEnumerable<string> files)
    {
        var tsc = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrEmpty(tsc), $"{Variable} is not set: .ci/run installs TypeScript and @grafana/schema and sets it.");
        Assert.True(File.Exists(tsc), $"{Variable} names {tsc}, which does not exist (.ci/run installs it).");
        return await ToolRun.RunAsync("node", [Repository.Path("dashboards", "schema-check", "check.mjs"), "--tsc", tsc, .. files],
            timeout: TimeSpan.FromMinutes(3));
    }
}
