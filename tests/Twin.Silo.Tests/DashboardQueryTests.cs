using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Silo.Telemetry;
using Twin.Silo.Tests.Support;
using Twin.Testing;
using Xunit.Abstractions;

namespace Twin.Silo.Tests;

/// <summary>
/// Every panel of the Grafana dashboards, asked of a real Prometheus that scrapes a running silo
/// with the shipped `dashboards/prometheus.yml`: each must return at least one series. The only
/// exemption is narrow and stated: a panel that reads a family of a kind the live scenario does
/// not run yet (the institute's programme and institute kinds, listed in
/// <see cref="MetricTableTests.KindsNotYetInTheBaseline"/>) is reported, not failed.
/// </summary>
[Collection(LiveSiloCollection.Name)]
public sealed class DashboardQueryTests(LiveSilo silo, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Every_dashboard_panel_query_returns_data_from_a_real_Prometheus()
    {
        var prometheus = ExternalTool.Prometheus.Require();
        var panels = DashboardPanel.All();
        Assert.True(panels.Count >= 40, $"only {panels.Count} panel queries found in dashboards/grafana");
        var exempt = panels.Where(IsOfAnAbsentKind).ToArray();
        // An exempt panel reads nothing but families of the absent kinds: a panel mixing in a running kind gets no pass.
        Assert.All(exempt, p => Assert.All(p.TwinMetrics().Where(KindOfFamily.ContainsKey), m => Assert.DoesNotContain(KindOfFamily[m], LiveKinds)));

        await using var server = await PrometheusServer.StartAsync(prometheus, silo.Process.BaseAddress);
        await WaitAsync(async () => (await server.QueryAsync("up{job=\"twin\"} == 1")).Length == 1, "Prometheus never scraped the silo");
        // Rates and increases need a few samples inside their window.
        await Task.Delay(TimeSpan.FromSeconds(4));

        var pending = panels.Except(exempt).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            var still = new List<DashboardPanel>();
            foreach (var panel in pending)
                if ((await server.QueryAsync(panel.Query())).Length == 0) still.Add(panel);
            pending = still;
            if (pending.Count > 0) await Task.Delay(1000);
        }

        output.WriteLine($"{panels.Count} panel queries: {panels.Count - exempt.Length - pending.Count} returned data, {pending.Count} returned none, {exempt.Length} exempt (kinds not yet in the live scenario).");
        foreach (var panel in exempt) output.WriteLine($"  exempt: {panel} ({string.Join(", ", panel.TwinMetrics())})");
        Assert.True(pending.Count == 0, "Panels without data:\n" + string.Join("\n", pending.Select(p => $"  {p}: {p.Query()}")));
    }

    [SkippableFact]
    public async Task The_shipped_Prometheus_configuration_and_alert_rules_are_valid()
    {
        var promtool = ExternalTool.Beside(ExternalTool.Prometheus.Require(), "promtool");
        var folder = Directory.CreateTempSubdirectory("twin-promtool-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "prometheus.yml"), PrometheusServer.ConfigurationFor(silo.Process.BaseAddress));
            File.Copy(Repository.Path("dashboards", "alerts.yml"), Path.Combine(folder, "alerts.yml"));
            var (exit, said) = await ToolRun.RunAsync(promtool, ["check", "config", Path.Combine(folder, "prometheus.yml")]);
            Assert.True(exit == 0, said);
            Assert.Contains("6 rules found", said);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly HashSet<string> LiveKinds = EntityCatalog.Describe(BuiltInScenarios.Baseline()).Select(e => e.Kind).ToHashSet();

    private static readonly Dictionary<string, string> KindOfFamily = LiveMetricTable.All.DistinctBy(x => x.Metric.ExposedName).ToDictionary(x => x.Metric.ExposedName, x => x.Kind.Kind);

    private static bool IsOfAnAbsentKind(DashboardPanel panel) =>
        panel.TwinMetrics().Any(m => KindOfFamily.TryGetValue(m, out var kind)
            && !LiveKinds.Contains(kind) && MetricTableTests.KindsNotYetInTheBaseline.Contains(kind));

    private static async Task WaitAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(250);
        }
    }
}
