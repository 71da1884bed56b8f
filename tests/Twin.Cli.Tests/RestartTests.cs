using System.Diagnostics;
using System.Text.Json;
using Twin.Testing;

namespace Twin.Cli.Tests;

/// <summary>
/// The embedded silo keeps its studies in its data folder: a later `twin` (a new process, after a
/// clean exit or a crash) lists them and serves their results.
/// </summary>
public class RestartTests
{
    [Fact]
    public async Task After_a_crash_a_restarted_twin_shows_the_finished_studies_and_their_results()
    {
        using var data = new TempFolder("twin-cli-");
        var (code, _, error) = await CliRunner.RunInAsync(data.Path, "study", CliRunner.Scenario("baseline.json"), "--replications", "2", "--days", "15", "--title", "before the crash");
        Assert.True(code == 0, error);
        var finished = error.Split('\n').First(l => l.StartsWith("study ", StringComparison.Ordinal)).Split(' ', ':')[1];

        // Another twin process is killed outright while its study runs.
        // It is killed once it says its study started (the study is stored by then), however long start-up takes.
        var started = new TaskCompletionSource();
        using (var crashing = StartProcess(data.Path, line => { if (line.StartsWith("study ", StringComparison.Ordinal)) started.TrySetResult(); },
                   "study", CliRunner.Scenario("baseline.json"), "--replications", "4", "--days", "3000", "--title", "cut short"))
        {
            try
            {
                await started.Task.WaitAsync(TimeSpan.FromMinutes(2));
            }
            finally
            {
                crashing.Kill(entireProcessTree: true);
                await crashing.WaitForExitAsync();
            }
        }

        var (listCode, list, listError) = await CliRunner.RunInAsync(data.Path, "results", "--json");
        Assert.True(listCode == 0, listError);
        using var studies = JsonDocument.Parse(list);
        var byTitle = studies.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("title").GetString()!, s => s);
        Assert.Equal("completed", byTitle["before the crash"].GetProperty("state").GetString());
        Assert.Contains("cut short", byTitle.Keys);

        var (resultsCode, results, resultsError) = await CliRunner.RunInAsync(data.Path, "results", finished, "--kpi", "export_value_cny", "--json");
        Assert.True(resultsCode == 0, resultsError);
        using var stats = JsonDocument.Parse(results);
        var kpis = stats.RootElement.GetProperty("kpis").EnumerateArray().ToArray();
        var cosmoplat = kpis.Single(k => k.GetProperty("entity").GetString() == "cosmoplat");
        Assert.True(cosmoplat.GetProperty("summary").GetProperty("mean").GetDouble() > 0);
        Assert.Equal(2, cosmoplat.GetProperty("summary").GetProperty("count").GetInt32());
    }

    private static Process StartProcess(string data, Action<string> onErrorLine, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "twin.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(data);
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onErrorLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
