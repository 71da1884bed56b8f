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
                Assert.Equal(provisioned.Groups[1].Value, panel.GetProperty("datasource").GetProperty("uid").GetString());
                Assert.All(panel.GetProperty("targets").EnumerateArray(), t => Assert.Equal(provisioned.Groups[1].Value, t.GetProperty("datasource").GetProperty("uid").GetString()));
            }
        }
    }

    [GeneratedRegex(@"\buid:\s*(\S+)")]
    private static partial Regex Uid();
}
