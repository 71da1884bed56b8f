using System.Text.Json;

namespace Twin.Cli.Tests;

public sealed class BenchLoopCommandTests
{
    [Fact]
    public async Task Bench_loop_measures_the_plain_loop_without_a_silo()
    {
        var (code, output, _) = await CliRunner.RunAsync("bench", "loop", "--entities", "200", "--days", "20", "--warmup", "0", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(200, json.RootElement.GetProperty("entities").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("rounds").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("loopEntityStepsPerSecond").GetDouble() > 0);
    }
}
