using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Silo.Telemetry;
using Twin.Silo.Tests.Support;
using Twin.Testing;
using Xunit.Abstractions;

namespace Twin.Silo.Tests;

/// <summary>
/// Every panel of the Grafana dashboards, asked of a real Prometheus that scrapes a running silo
/// with the shipped `dashboards/prometheus.yml`: each must return at least one series.
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

        await using var server = await PrometheusServer.StartAsync(prometheus, silo.Process.BaseAddress);
        await WaitAsync(async () => (await server.QueryAsync("up{job=\"twin\"} == 1")).Length == 1, "Prometheus never scraped the silo");
        // Rates and increases need a few samples inside their window.
        await Task.Delay(TimeSpan.FromSeconds(4));

        var pending = panels.ToList();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            var still = new List<DashboardPanel>();
            foreach (var panel in pending)
                if ((await server.QueryAsync(panel.Query())).Length == 0) still.Add(panel);
            pending = still;
            if (pending.Count > 0) await Task.Delay(1000);
        }

        output.WriteLine($"{panels.Count} panel queries: {panels.Count - pending.Count} returned data, {pending.Count} returned none.");
        Assert.True(pending.Count == 0, "Panels without data:\n" + string.Join("\n", pending.Select(p => $"  {p}: {p.Query()}")));
    }

    [SkippableFact]
    public async Task The_shipped_Prometheus_configuration_and_alert_rules_are_valid()
    {
        var promtool = ExternalTool.Beside(ExternalTool.Prometheus.Require(), "promtool");
        using var folder = new TempFolder("twin-promtool-");
        await File.WriteAllTextAsync(folder.PathOf("prometheus.yml"), PrometheusServer.ConfigurationFor(silo.Process.BaseAddress));
        File.Copy(Repository.Path("dashboards", "alerts.yml"), folder.PathOf("alerts.yml"));
        var (exit, said) = await ToolRun.RunAsync(promtool, ["check", "config", folder.PathOf("prometheus.yml")]);
        Assert.True(exit == 0, said);
        Assert.Contains("7 rules found", said);
    }

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
