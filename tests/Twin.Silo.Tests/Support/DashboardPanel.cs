using System.Text.Json;
using System.Text.RegularExpressions;
using Twin.Testing;

namespace Twin.Silo.Tests.Support;

/// <summary>One query of one panel of the Grafana dashboards in `dashboards/grafana`.</summary>
public sealed partial record DashboardPanel(string Dashboard, string Title, string Expression)
{
    /// <summary>Grafana's own variables, as Grafana would fill them for a short window with one-second scrapes.</summary>
    private static readonly Dictionary<string, string> Variables = new()
    {
        ["$__rate_interval"] = "20s",
        ["$__interval"] = "5s",
        ["$__range"] = "5m",
    };

    public static IReadOnlyList<DashboardPanel> All()
    {
        var panels = new List<DashboardPanel>();
        foreach (var file in Directory.GetFiles(Repository.Path("dashboards", "grafana"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Collect(Path.GetFileName(file), json.RootElement.GetProperty("panels"), panels);
        }
        return panels;
    }

    private static void Collect(string dashboard, JsonElement list, List<DashboardPanel> into)
    {
        foreach (var panel in list.EnumerateArray())
        {
            if (panel.TryGetProperty("panels", out var nested)) Collect(dashboard, nested, into);
            if (!panel.TryGetProperty("targets", out var targets)) continue;
            foreach (var target in targets.EnumerateArray())
                if (target.TryGetProperty("expr", out var expr))
                    into.Add(new DashboardPanel(dashboard, panel.GetProperty("title").GetString()!, expr.GetString()!));
        }
    }

    /// <summary>The expression with Grafana's variables filled in; a variable we do not know fails the test.</summary>
    public string Query()
    {
        var query = Variables.Aggregate(Expression, (text, v) => text.Replace(v.Key, v.Value, StringComparison.Ordinal));
        Assert.False(query.Contains('$'), $"{this}: unknown Grafana variable in {Expression}");
        return query;
    }

    /// <summary>The twin's metric families the expression reads.</summary>
    public IEnumerable<string> TwinMetrics() => TwinMetric().Matches(Expression).Select(m => m.Value).Distinct();

    public override string ToString() => $"{Dashboard} / {Title}";

    [GeneratedRegex(@"\btwin_[a-z0-9_]+")]
    private static partial Regex TwinMetric();
}
