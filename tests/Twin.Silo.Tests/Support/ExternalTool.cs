namespace Twin.Silo.Tests.Support;

/// <summary>
/// A program that a test drives (Prometheus, promtool and Chromium from the distribution; Redocly CLI from npm). When the
/// variable names it (.ci/run sets it), it must be there and the test fails if it is not; when the
/// variable is unset, it is looked up on the PATH and the test skips without it.
/// </summary>
public sealed record ExternalTool(string Variable, string Name)
{
    public static readonly ExternalTool Prometheus = new("TWIN_TEST_PROMETHEUS", "prometheus");
    public static readonly ExternalTool Chromium = new("TWIN_TEST_CHROMIUM", "chromium");
    public static readonly ExternalTool Redocly = new("TWIN_TEST_REDOCLY", "redocly");

    /// <summary>The program's path; skips the test when it is absent and not required.</summary>
    public string Require()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            Assert.True(File.Exists(configured), $"{Variable} names {configured}, which does not exist: install the distribution's {Name} package (.ci/run does).");
            return configured;
        }
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, Name)).FirstOrDefault(File.Exists);
        Skip.If(found is null, $"{Name} is not installed and {Variable} is not set (.ci/run installs it and sets the variable).");
        return found!;
    }

    /// <summary>A program from the same package, beside this one (promtool beside prometheus).</summary>
    public static string Beside(string program, string name)
    {
        var path = Path.Combine(Path.GetDirectoryName(program)!, name);
        Assert.True(File.Exists(path), $"{name} was expected beside {program}.");
        return path;
    }
}
