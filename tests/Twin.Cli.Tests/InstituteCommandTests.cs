using System.Text.Json;
using Twin.Testing;

namespace Twin.Cli.Tests;

public class InstituteCommandTests
{
    [Fact]
    public async Task Run_prints_the_institute_summary_after_the_other_tables_and_writes_its_kpis()
    {
        using var dir = new TempFolder("twin-cli-");
        var (code, output, error) = await CliRunner.RunAsync("run", CliRunner.Scenario("baseline.json"), "--days", "20", "--out", dir.Path);
        Assert.True(code == 0, error);
        int trade = output.IndexOf("Trade by country", StringComparison.Ordinal);
        int institute = output.IndexOf("SCO Economic and Trade Institute", StringComparison.Ordinal);
        Assert.True(trade >= 0 && institute > trade, "the institute's table comes after the others");
        Assert.Contains("trade-training", output);
        Assert.Contains("Top countries by trainees enrolled", output);
        Assert.Contains("Alumni: 16,120 at home on day 0", output);

        var lines = File.ReadAllLines(dir.PathOf("kpis.csv"));
        Assert.Contains(lines, l => l.Contains(",19,trade-training,enrolled,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",19,sco-institute,alumni_kazakhstan,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",19,sco-institute,trade_multiplier_brazil,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compare_shows_that_doubling_the_classes_raises_trainees_alumni_and_the_towns_exports()
    {
        var (code, output, error) = await CliRunner.RunAsync("compare", CliRunner.Scenario("baseline.json"), CliRunner.Scenario("institute-doubles-classes.json"),
            "--replications", "2", "--days", "90", "--json");
        Assert.True(code == 0, error);
        using var report = JsonDocument.Parse(output);
        double Difference(string entity, string kpi) => report.RootElement.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("entity").GetString() == entity && r.GetProperty("kpi").GetString() == kpi)
            .GetProperty("comparison").GetProperty("difference").GetProperty("mean").GetDouble();
        Assert.True(Difference("trade-training", "enrolled") > 500);
        Assert.True(Difference("sco-institute", "alumni_abroad") > 500);
        Assert.True(Difference("sco-institute", "export_demand_factor") > 0);
        // The alumni effect raises every town's export demand; the zone's largest exporter shows it most.
        Assert.True(Difference("cosmoplat", "export_value_cny") > 0);
    }
}
