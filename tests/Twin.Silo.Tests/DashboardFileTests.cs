using System.Text.Json;
using System.Text.RegularExpressions;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>The Grafana files fit together: every panel uses the provisioned data source, ids are unique, panels fit the grid.</summary>
public sealed partial class DashboardFileTests
{
    [Fact]
    public void Every_panel_uses_the_provisioned_data_source_and_dashboards_are_well_formed()
    {
        var provisioned = Uid().Match(File.ReadAllText(Repository.Path("dashboards", "provisioning", "datasources", "twin.yml")));
        Assert.True(provisioned.Success, "the data source provisioning file gives no uid");
        var files = Directory.GetFiles(Repository.Path("dashboards", "grafana"), "*.json");
        Assert.Equal(6, files.Length);
        var uids = new HashSet<string>();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            Assert.True(uids.Add(root.GetProperty("uid").GetString()!), $"{file}: uid used twice");
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
            var ids = new HashSet<int>();
            foreach (var panel in root.GetProperty("panels").EnumerateArray())
            {
                var title = $"{Path.GetFileName(file)} / {panel.GetProperty("title").GetString()}";
                Assert.True(ids.Add(panel.GetProperty("id").GetInt32()), $"{title}: panel id used twice");
                var grid = panel.GetProperty("gridPos");
                Assert.True(grid.GetProperty("x").GetInt32() + grid.GetProperty("w").GetInt32() <= 24, $"{title}: wider than the grid");
                if (panel.GetProperty("type").GetString() == "row") continue;
                Assert.Equal(DataSourceVariable, panel.GetProperty("datasource").GetProperty("uid").GetString());
                Assert.All(panel.GetProperty("targets").EnumerateArray(), t => Assert.Equal(DataSourceVariable, t.GetProperty("datasource").GetProperty("uid").GetString()));
            }
            // Panels name the data source through a variable, whose default is the provisioned one: an
            // operator with another Prometheus picks it from the list instead of editing every panel.
            var variable = root.GetProperty("templating").GetProperty("list").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "datasource");
            Assert.Equal("datasource", variable.GetProperty("type").GetString());
            Assert.Equal("prometheus", variable.GetProperty("query").GetString());
            Assert.Equal(provisioned.Groups[1].Value, variable.GetProperty("current").GetProperty("value").GetString());
        }
    }

    private const string DataSourceVariable = "${datasource}";

    [Fact]
    public void Prices_of_different_units_never_share_a_panel_and_the_spread_is_in_basis_points()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Repository.Path("dashboards", "grafana", "markets-clearing.json")));
        var panels = json.RootElement.GetProperty("panels").EnumerateArray().Where(p => p.GetProperty("type").GetString() != "row").ToArray();
        // Prices in their own units; a price over its fundamental is a ratio, which all markets share.
        var priced = panels.Where(p => p.GetProperty("fieldConfig").GetProperty("defaults").GetProperty("unit").GetString() != "percentunit"
                                       && p.GetProperty("targets").EnumerateArray().Any(t => PriceMetric().IsMatch(t.GetProperty("expr").GetString()!))).ToArray();
        Assert.Equal(10, priced.Length); // the settlement price and the VWAP of each of the five markets
        foreach (var panel in priced)
        {
            var expr = Assert.Single(panel.GetProperty("targets").EnumerateArray()).GetProperty("expr").GetString()!;
            Assert.Matches(@"\{market=""[a-z-]+""\}", expr);
            Assert.StartsWith("suffix: ", panel.GetProperty("fieldConfig").GetProperty("defaults").GetProperty("unit").GetString());
        }
        var spread = panels.Single(p => p.GetProperty("targets").EnumerateArray().Any(t => t.GetProperty("expr").GetString()!.Contains("twin_market_spread_bps")));
        Assert.Equal("suffix: bp", spread.GetProperty("fieldConfig").GetProperty("defaults").GetProperty("unit").GetString());
    }

    [GeneratedRegex(@"\btwin_market_(price|vwap_price)\b")]
    private static partial Regex PriceMetric();

    [GeneratedRegex(@"\buid:\s*(\S+)")]
    private static partial Regex Uid();
}
