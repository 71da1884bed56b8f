using Twin.Testing;

namespace Twin.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validate_of_the_baseline_succeeds()
    {
        var (code, output, _) = await CliRunner.RunAsync("validate", CliRunner.Scenario("baseline.json"));
        Assert.Equal(0, code);
        Assert.Contains("valid", output);
        Assert.Contains("5 towns", output);
    }

    [Fact]
    public async Task Validate_of_a_bad_file_exits_2_and_prints_every_problem()
    {
        using var dir = new TempFolder("twin-cli-");
        var file = dir.PathOf("bad.json");
        var text = File.ReadAllText(CliRunner.Scenario("baseline.json"))
            .Replace("\"labourForceShare\": 0.55", "\"labourForceShare\": 1.55")
            .Replace("\"days\": 365", "\"dayz\": 365");
        File.WriteAllText(file, text);
        var (code, _, error) = await CliRunner.RunAsync("validate", file);
        Assert.Equal(2, code);
        Assert.Contains("dayz: unknown field (did you mean 'days'?)", error);
        Assert.Contains("towns[4].labourForceShare: must be <= 1, got 1.55", error);
    }

    [Fact]
    public async Task Validate_of_a_missing_file_exits_2()
    {
        var (code, _, error) = await CliRunner.RunAsync("validate", "/no/such/file.json");
        Assert.Equal(2, code);
        Assert.Contains("file not found", error);
    }
}
