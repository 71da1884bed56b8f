using Twin.Cli;
using Twin.Testing;

namespace Twin.Cli.Tests;

/// <summary>Runs the `twin` command in-process and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>
    /// Every test run gets its own data folder, so stored studies and results of earlier runs (or
    /// of other code) never answer for this one.
    /// </summary>
    public static string DataFolder { get; } = Directory.CreateTempSubdirectory("twin-cli-data-").FullName;

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunInAsync(DataFolder, args);

    /// <summary>Runs with another data folder, as a `twin` that finds what earlier ones left there.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunInAsync(string dataFolder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await TwinCommandLine.RunAsync([.. args, "--data", dataFolder], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string Scenario(string file) => Repository.Path("scenarios", file);
}
