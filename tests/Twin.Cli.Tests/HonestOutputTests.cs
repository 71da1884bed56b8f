using System.Text.Json;
using Twin.Cli.Commands;
using Twin.Cli.Rendering;
using Twin.Testing;

namespace Twin.Cli.Tests;

/// <summary>What a newcomer trips over: typos, folders for files, unknown names, numbers that read alike.</summary>
public class HonestOutputTests
{
    [Fact]
    public async Task An_unknown_option_is_named_with_the_nearest_option_the_command_has()
    {
        var (code, _, error) = await CliRunner.RunAsync("run", "--dayz", "3", CliRunner.Scenario("baseline.json"));
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("error: --dayz: unknown option (did you mean '--days'?)", error);
    }

    [Fact]
    public async Task A_folder_given_as_a_scenario_file_is_called_a_folder()
    {
        var (code, _, error) = await CliRunner.RunAsync("validate", Repository.Path("scenarios"));
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("is a folder, not a scenario file", error);
    }

    [Fact]
    public async Task A_data_folder_that_is_a_file_is_refused_at_once_without_log_lines()
    {
        using var dir = new TempFolder("twin-cli-");
        var file = dir.PathOf("not-a-folder");
        File.WriteAllText(file, "");
        var (code, _, error) = await CliRunner.RunInAsync(file, "results");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("is a file; the data folder (--data, TWIN_DATA) must be a folder", error);
        Assert.DoesNotContain("fail:", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Results_of_an_unknown_study_exit_2()
    {
        var (code, _, error) = await CliRunner.RunAsync("results", "study-0000000000");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("There is no study 'study-0000000000'", error);
    }

    [Fact]
    public async Task Results_refuse_an_unknown_kpi_or_entity_with_the_nearest_name()
    {
        using var data = new TempFolder("twin-cli-data-");
        var (code, output, error) = await CliRunner.RunInAsync(data.Path, "study", CliRunner.Scenario("baseline.json"), "--replications", "1", "--days", "5", "--json");
        Assert.True(code == 0, error);
        var id = JsonDocument.Parse(output).RootElement.GetProperty("studyId").GetString()!;

        (code, _, error) = await CliRunner.RunInAsync(data.Path, "results", id, "--kpi", "teu_departd");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--kpi: no KPI 'teu_departd'", error);
        Assert.Contains("did you mean 'teu_departed'?", error);

        (code, _, error) = await CliRunner.RunInAsync(data.Path, "results", id, "--entity", "rail-moscoww");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("did you mean 'rail-moscow'?", error);

        (code, output, error) = await CliRunner.RunInAsync(data.Path, "results", id, "--kpi", "teu_departed", "--entity", "rail-moscow");
        Assert.True(code == 0, error);
        Assert.Contains("rail-moscow", output);

        (code, _, error) = await CliRunner.RunInAsync(data.Path, "plot", id, "--kpi", "close", "--out", data.PathOf("close.png"));
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("KPI 'close' is a level (price) averaged over days", error);
        Assert.Contains("Give --entity", error);
    }

    [Fact]
    public async Task Validation_names_a_value_out_of_range_and_a_broken_rule_together()
    {
        using var dir = new TempFolder("twin-cli-");
        var file = dir.PathOf("both.json");
        File.WriteAllText(file, $$"""
            { "base": "{{CliRunner.Scenario("baseline.json").Replace("\\", "/")}}",
              "interventions": [ { "day": -1, "set": "routes/rail-moscow/departuresPerWeek", "to": -4 } ] }
            """);
        var (code, _, error) = await CliRunner.RunAsync("validate", file);
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("interventions[0].day: must be >= 0, got -1", error);
        Assert.Contains("interventions[0].to: must be >= 0, got -4", error);
    }

    [Fact]
    public void An_observation_file_names_every_line_that_is_not_json()
    {
        using var dir = new TempFolder("twin-cli-");
        var file = dir.PathOf("events.jsonl");
        File.WriteAllLines(file, ["{ \"kind\": \"departure\" }", "not json", "{ \"kind\": \"departure\" }", "{ broken"]);
        var error = Assert.Throws<UsageException>(() => ObservationFile.Read(file));
        Assert.Contains("2 lines that are not valid JSON", error.Message);
        Assert.Contains("line 2:", error.Message);
        Assert.Contains("line 4:", error.Message);
    }

    [Fact]
    public void Numbers_from_a_thousand_up_carry_separators_and_counts_agree_with_their_noun()
    {
        Assert.Equal("9,213", Numbers.Significant(9213));
        Assert.Equal("28,607", Numbers.Significant(28607));
        Assert.Equal("912.3", Numbers.Significant(912.34));
        Assert.Equal("1 replication", Numbers.Count(1, "replication"));
        Assert.Equal("2,000 replications", Numbers.Count(2000, "replication"));
    }

    [Fact]
    public async Task Bench_help_states_each_default_once()
    {
        var (code, output, _) = await CliRunner.RunAsync("bench", "--help");
        Assert.Equal(0, code);
        Assert.Contains("[default: 1000]", output);
        Assert.DoesNotContain("(default: 1000)", output);
    }

    [Fact]
    public async Task A_sweep_prints_one_row_per_point_with_the_levers_as_columns_and_the_best_point_starred()
    {
        using var data = new TempFolder("twin-cli-data-");
        var (code, output, error) = await CliRunner.RunInAsync(data.Path, "sweep", CliRunner.Scenario("baseline.json"),
            "--vary", "routes/rail-moscow/departuresPerWeek=4..8:4", "--replications", "2", "--days", "20");
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = Assert.Single(lines, l => l.StartsWith("rail-moscow/departuresPerWeek", StringComparison.Ordinal));
        Assert.Contains("rail-moscow teu_departed (TEU)", header);
        var rows = lines.SkipWhile(l => l != header).Skip(2).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("4 ", rows[0]);
        Assert.StartsWith("8 ", rows[1]);
        Assert.Contains(" *", rows[1]); // more trains a week move more TEU
    }

    [Fact]
    public async Task More_than_ten_years_of_days_needs_yes()
    {
        var (code, _, error) = await CliRunner.RunAsync("study", CliRunner.Scenario("baseline.json"), "--days", "5000");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--days 5,000 is more than ten years", error);
        Assert.Contains("Add --yes", error);
    }

    [Fact]
    public void Redirected_progress_says_the_time_left_and_writes_a_line_at_least_every_ten_seconds()
    {
        var clock = TimeSpan.Zero;
        var log = new StringWriter();
        using (var progress = new ConsoleProgressBar(log, enabled: true, elapsed: () => clock))
        {
            clock = TimeSpan.FromSeconds(20);
            progress.Report(new Twin.Client.Runs.RunProgress(0, 1, 250, 1000));
            clock = TimeSpan.FromSeconds(25);
            progress.Report(new Twin.Client.Runs.RunProgress(0, 1, 260, 1000)); // same tenth, 5 s later: quiet
            clock = TimeSpan.FromSeconds(31);
            progress.Report(new Twin.Client.Runs.RunProgress(0, 1, 270, 1000)); // same tenth, 11 s later: a line
        }
        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("about 1 min 0 s left", lines[0]);
        Assert.Contains("days 270/", lines[1]);
    }

    [Fact]
    public async Task Two_twins_on_one_data_folder_take_turns_and_give_the_same_numbers_cleanly()
    {
        using var data = new TempFolder("twin-cli-data-");
        string[] args = ["study", CliRunner.Scenario("baseline.json"), "--replications", "2", "--days", "30", "--json"];
        var runs = await Task.WhenAll(CliRunner.RunInAsync(data.Path, args), CliRunner.RunInAsync(data.Path, args));
        foreach (var (code, _, error) in runs)
        {
            Assert.True(code == 0, error);
            Assert.DoesNotContain("Exception", error);
            Assert.DoesNotContain("fail:", error);
        }
        Assert.Equal(Kpis(runs[0].Output), Kpis(runs[1].Output));
    }

    private static string Kpis(string json) => JsonDocument.Parse(json).RootElement.GetProperty("kpis").GetRawText();
}
