using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Silo.Telemetry;
using Twin.Silo.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Silo.Tests;

/// <summary>`/metrics` on a running silo: valid for Prometheus' own linter, with every family the live twin's kinds promise.</summary>
[Collection(LiveSiloCollection.Name)]
public sealed class MetricsTests(LiveSilo silo, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Metrics_pass_promtool_check_metrics()
    {
        var promtool = ExternalTool.Beside(ExternalTool.Prometheus.Require(), "promtool");
        var text = await silo.Http.GetStringAsync("metrics");

        var (exit, said) = await ToolRun.RunAsync(promtool, ["check", "metrics"], text);

        Assert.True(exit == 0, $"promtool check metrics found problems:\n{said}");
        Assert.Contains("\norleans_", text);
        output.WriteLine($"promtool check metrics: no problems in {text.Split('\n').Count(l => l.StartsWith("# TYPE", StringComparison.Ordinal))} families.");
    }

    [SkippableFact]
    public async Task Metrics_pass_promtool_after_a_client_has_connected_with_orleans_labels_in_snake_case()
    {
        var promtool = ExternalTool.Beside(ExternalTool.Prometheus.Require(), "promtool");
        await using var client = await Twin.Client.Connection.TwinConnection.ConnectAsync($"127.0.0.1:{silo.Process.GatewayPort}");
        await client.Client.ListStudiesAsync();
        // The silo tags messages to and from clients by direction once one has connected.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string text;
        while (!(text = await silo.Http.GetStringAsync("metrics")).Contains("connection_direction=", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "no Orleans family carries a connection direction after a client connected");
            await client.Client.ListStudiesAsync();
            await Task.Delay(500);
        }

        var (exit, said) = await ToolRun.RunAsync(promtool, ["check", "metrics"], text);

        Assert.True(exit == 0, $"promtool check metrics found problems:\n{said}");
        Assert.DoesNotContain("ConnectionDirection", text);
        Assert.DoesNotContain("MessageDirection", text);
    }

    [Fact]
    public void Tag_keys_become_prometheus_label_names()
    {
        Assert.Equal("connection_direction", OrleansTagNames.SnakeCase("ConnectionDirection"));
        Assert.Equal("message_direction", OrleansTagNames.SnakeCase("MessageDirection"));
        Assert.Equal("silo_name", OrleansTagNames.SnakeCase("silo_name"));
    }

    [Fact]
    public async Task Every_family_of_the_kinds_in_the_live_scenario_is_exported_with_the_live_run_label()
    {
        var kinds = EntityCatalog.Describe(BuiltInScenarios.Baseline()).Select(e => e.Kind).ToHashSet();
        var text = await silo.Http.GetStringAsync("metrics");
        var samples = text.Split('\n').Where(l => l.StartsWith("twin_", StringComparison.Ordinal)).ToArray();

        foreach (var (kind, metric) in LiveMetricTable.All.Where(x => kinds.Contains(x.Kind.Kind)))
        {
            var series = samples.Where(l => l.StartsWith(metric.ExposedName + "{", StringComparison.Ordinal)).ToArray();
            Assert.True(series.Length > 0, $"{metric.ExposedName} ({kind.Kind} {metric.Kpi}) is missing from /metrics");
            Assert.All(series, s => Assert.Contains("run=\"live\"", s));
        }
        foreach (var family in new[] { "twin_ticks_total", "twin_tick_duration_seconds_bucket", "twin_runs_active", "twin_study_runs", "twin_live_day", "twin_live_counted_ticks_total" })
            Assert.Contains(samples, s => s.StartsWith(family + "{", StringComparison.Ordinal));
        // Trading members are firms: never one series per member.
        Assert.DoesNotContain(samples, s => s.Contains("participant=", StringComparison.Ordinal));
    }
}
