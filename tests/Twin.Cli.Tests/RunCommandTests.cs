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
        // Each header says how its KPI was aggregated over the run.
        Assert.Contains("backlog TEU (mean)", output);
        Assert.Contains("exports CNY m (total)", output);
        Assert.Contains("jobs (last day)", output);

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
    public async Task Run_and_study_give_the_same_numbers_for_the_same_scenario_and_seed()
    {
        string[] same = [CliRunner.Scenario("baseline.json"), "--days", "60", "--seed", "7", "--replications", "2", "--json"];
        var (runCode, runOutput, runError) = await CliRunner.RunAsync(["run", .. same, "-q"]);
        Assert.True(runCode == 0, runError);
        // The study runs in another data folder, so it computes its runs afresh rather than
        // finding the run's in the result cache.
        using var data = new TempFolder("twin-cli-");
        var (studyCode, studyOutput, studyError) = await CliRunner.RunInAsync(data.Path, ["study", .. same]);
        Assert.True(studyCode == 0, studyError);

        using var run = JsonDocument.Parse(runOutput);
        using var study = JsonDocument.Parse(studyOutput);
        var statistics = study.RootElement.GetProperty("kpis").EnumerateArray().ToArray();
        double Study(string entity, string kpi) => statistics
            .Single(k => k.GetProperty("entity").GetString() == entity && k.GetProperty("kpi").GetString() == kpi)
            .GetProperty("summary").GetProperty("mean").GetDouble();

        var routes = run.RootElement.GetProperty("logistics").GetProperty("routes").EnumerateArray().ToArray();
        var moscow = routes.Single(r => r.GetProperty("route").GetString() == "rail-moscow");
        Assert.Equal(Study("rail-moscow", "backlog_teu"), moscow.GetProperty("backlogTeu").GetDouble());
        Assert.Equal(Study("rail-moscow", "departures"), moscow.GetProperty("departures").GetDouble());
        var towns = run.RootElement.GetProperty("towns").EnumerateArray().ToArray();
        Assert.Equal(5, towns.Length);
        foreach (var town in towns)
        {
            var id = town.GetProperty("town").GetString()!;
            Assert.Equal(Study(id, "export_value_cny"), town.GetProperty("exportValueCny").GetDouble());
            Assert.Equal(Study(id, "jobs"), town.GetProperty("jobs").GetDouble());
        }

        // A derived figure comes from the same statistics: TEU a train is the rail TEU total over the rail departures total.
        var rail = routes.Where(r => r.GetProperty("mode").GetString() == "Rail").Select(r => r.GetProperty("route").GetString()!).ToArray();
        double teuPerTrain = rail.Sum(r => Study(r, "teu_departed")) / rail.Sum(r => Study(r, "departures"));
        Assert.Equal(teuPerTrain, run.RootElement.GetProperty("logistics").GetProperty("teuPerTrain").GetDouble(), 9);
    }

    [Fact]
    public async Task Run_on_a_cluster_that_does_not_answer_exits_1_with_a_clear_error()
    {
        var gateway = $"127.0.0.1:{Loopback.FreePort()}";
        var (code, output, error) = await CliRunner.RunAsync("run", CliRunner.Scenario("baseline.json"), "--days", "5", "--cluster", gateway);
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains($"error: Cannot reach the twin's cluster at {gateway}", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Empty(output);
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
