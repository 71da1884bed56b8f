using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Support;

/// <summary>Finds the repository's scenario files and builds small scenarios for tests.</summary>
public static class TestScenarios
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string PathOf(string fileName) => Path.Combine(RepositoryRoot, "scenarios", fileName);

    public static Scenario Load(string fileName)
    {
        var result = ScenarioLoader.LoadFile(PathOf(fileName));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    public static Scenario Baseline() => Load("baseline.json");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Twin.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Twin.sln not found above the test binaries.");
    }
}
