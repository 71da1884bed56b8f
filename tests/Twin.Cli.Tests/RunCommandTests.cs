using System.Text.Json;
using Twin.Testing;

namespace Twin.Cli.Tests;

public class RunCommandTests
{
    [Fact]
    public async Task Run_writes_kpis_and_a_manifest_and_prints_the_town_summary()
    {
        using var dir = new TempFolder("twin-cli-");
        var (code, output, error) = await CliRunner.RunAsync("run", CliRunner.Scenario("baseline.json"), "--days", "20", "--out", dir.Path);
        Assert.True(code == 0, error);
        Assert.Contains("cosmoplat", output);
        Assert.Contains("total", output);

        var lines = File.ReadAllLines(dir.PathOf("kpis.csv"));
        Assert.Equal("run,replication,day,entity,kpi,value", lines[0]);
        Assert.Contains(lines, l => l.Contains(",19,hub-port,export_teu,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",20,hub-port,", StringComparison.Ordinal));

        using var manifest = JsonDocument.Parse(File.ReadAllText(dir.PathOf("manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(20, root.GetProperty("days").GetInt32());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(64, root.GetProperty("scenario").GetProperty("hash").GetString()!.Length);
        Assert.Equal("baseline", root.GetProperty("scenario").GetProperty("content").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_same_seed_gives_byte_identical_kpis_and_another_seed_differs()
    {
        async Task<byte[]> Kpis(string seed)
        {
            using var dir = new TempFolder("twin-cli-");
            var (code, _, error) = await CliRunner.RunAsync("run", CliRunner.Scenario("baseline.json"), "--days", "30", "--seed", seed, "--out", dir.Path, "-q");
            Assert.True(code == 0, error);
            return File.ReadAllBytes(dir.PathOf("kpis.csv"));
        }

        var first = await Kpis("42");
        var second = await Kpis("42");
        var other = await Kpis("43");
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Replications_are_averaged_in_the_summary_and_all_written()
    {
        using var dir = new TempFolder("twin-cli-");
        var (code, output, error) = await CliRunner.RunAsync("run", CliRunner.Scenario("baseline.json"), "--days", "10", "--replications", "3", "--out", dir.Path, "--json");
        Assert.True(code == 0, error);
        using var summary = JsonDocument.Parse(output);
        Assert.Equal(3, summary.RootElement.GetProperty("replications").GetInt32());
        var replications = File.ReadLines(dir.PathOf("kpis.csv")).Skip(1).Select(l => l.Split(',')[1]).Distinct().Order();
        Assert.Equal(["0", "1", "2"], replications);
    }

    [Fact]
    public async Task An_invalid_scenario_exits_2_and_lists_the_problems_without_a_stack_trace()
    {
        using var dir = new TempFolder("twin-cli-");
        var file = dir.PathOf("bad.json");
        var text = File.ReadAllText(CliRunner.Scenario("baseline.json")).Replace("\"population\": 28000", "\"population\": -3");
        File.WriteAllText(file, text);
        var (code, _, error) = await CliRunner.RunAsync("run", file);
        Assert.Equal(2, code);
        Assert.Contains("towns[0].population: must be >= 0, got -3", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--days", "many")]
    [InlineData("--replications", "-1")]
    [InlineData("--no-such-option", "1")]
    public async Task A_bad_argument_exits_2_with_a_message(string option, string value)
    {
        var (code, _, error) = await CliRunner.RunAsync("run", CliRunner.Scenario("baseline.json"), option, value);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
    }
}
