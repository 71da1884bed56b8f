using Twin.Cli;

namespace Twin.Cli.Tests;

/// <summary>Runs the `twin` command in-process and captures what it prints.</summary>
public static class CliRunner
{
    /// <summary>
    /// Every test run gets its own data folder, so stored studies and results of earlier runs (or
    /// of other code) never answer for this one.
    /// </summary>
    public static string DataFolder { get; } = Directory.CreateTempSubdirectory("twin-cli-data-").FullName;

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await TwinCommandLine.RunAsync([.. args, "--data", DataFolder], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string Repository { get; } = FindRoot();

    public static string Scenario(string file) => Path.Combine(Repository, "scenarios", file);

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "twin-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Twin.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Twin.sln not found above the test binaries.");
    }
}
