using System.Globalization;
using System.Text.Json;
using Twin.Client.Export;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Hosting;
using Twin.Model.Scenarios;
using Twin.Model.Studies;
using Twin.Testing;

namespace Twin.Cli.Tests;

public class StudyCommandTests
{
    [Fact]
    public async Task Compare_prints_paired_differences_as_json()
    {
        var (code, output, error) = await CliRunner.RunAsync("compare", CliRunner.Scenario("baseline.json"), CliRunner.Scenario("baseline.json"),
            "--replications", "2", "--days", "5", "--json");
        Assert.True(code == 0, error);
        using var report = JsonDocument.Parse(output);
        var rows = report.RootElement.GetProperty("rows");
        Assert.True(rows.GetArrayLength() > 0);
        Assert.All(rows.EnumerateArray(), r => Assert.Equal(0.0, r.GetProperty("comparison").GetProperty("difference").GetProperty("mean").GetDouble()));
    }

    [Fact]
    public async Task A_window_narrows_the_summaries_to_its_days_and_an_empty_one_is_refused()
    {
        var (code, output, error) = await CliRunner.RunAsync("study", CliRunner.Scenario("baseline.json"), "--replications", "2", "--days", "10",
            "--from", "5", "--to", "8", "--json");
        Assert.True(code == 0, error);
        using var results = JsonDocument.Parse(output);
        var window = results.RootElement.GetProperty("window");
        Assert.Equal((5, 8), (window.GetProperty("from").GetInt32(), window.GetProperty("to").GetInt32()));

        (code, _, error) = await CliRunner.RunAsync("study", CliRunner.Scenario("baseline.json"), "--days", "10", "--from", "8", "--to", "5");
        Assert.Equal(2, code);
        Assert.Contains("--from 8 is after --to 5", error);
    }

    [Fact]
    public async Task Study_prints_a_table_of_intervals()
    {
        var (code, output, error) = await CliRunner.RunAsync("study", CliRunner.Scenario("baseline.json"), "--replications", "3", "--days", "5");
        Assert.True(code == 0, error);
        Assert.Contains("95% CI", output);
        Assert.Contains("export_value_cny", output);
    }

    [Theory]
    [InlineData("towns/airport/labourForceShare", "is not PATH=FROM..TO")]
    [InlineData("towns/airport/labourForceShare=0.5..0.6", "a grid needs a STEP")]
    [InlineData("towns/nowhere/labourForceShare=0.5..0.6:0.1", "'towns' has no item with id 'nowhere'")]
    public async Task A_bad_sweep_axis_exits_2_with_the_reason(string vary, string expected)
    {
        var (code, _, error) = await CliRunner.RunAsync("sweep", CliRunner.Scenario("baseline.json"), "--vary", vary, "--days", "5");
        Assert.Equal(2, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task Every_sweep_point_is_reproduced_exactly_by_twin_run_from_the_manifest()
    {
        using var dir = new TempFolder("twin-cli-");
        await using (var silo = await EmbeddedSilo.StartAsync(configuration: EmbeddedConfiguration.For(CliRunner.DataFolder)))
        {
            var client = new TwinClient(silo.Grains);
            SweepAxis.TryParse("sectors/manufacturing/exportPropensity=0.1..0.2:0.1", out var axis, out _);
            var request = StudyPlans.Sweep(ScenarioDocument.Load(CliRunner.Scenario("baseline.json")), [axis!], null, new StudyPlans.Settings(8, 5, 1));
            var status = await client.StartStudyAsync(request);
            await foreach (var update in client.WatchAsync(status.StudyId)) status = update;
            await client.ExportAsync(status.StudyId, [ExportFormat.Csv], dir.Path);
        }
        var exported = File.ReadLines(dir.PathOf("results.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var labels = exported.Select(r => r[2]).Distinct().ToArray();
        Assert.Equal(2, labels.Length);
        foreach (var label in labels)
        {
            using var runDir = new TempFolder("twin-cli-");
            var (code, _, error) = await CliRunner.RunAsync("run", dir.PathOf("manifest.json"), "--variant", label, "--out", runDir.Path, "-q");
            Assert.True(code == 0, error);
            var expected = exported.Where(r => r[2] == label).Select(r => (r[3], r[5], r[6], r[7], r[8])).ToArray();
            var actual = File.ReadLines(runDir.PathOf("kpis.csv")).Skip(1).Select(l => l.Split(','))
                .Select(c => (c[1], c[2], c[3], c[4], c[5])).ToArray();
            Assert.Equal(expected, actual);
        }
    }
}
