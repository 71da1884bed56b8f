using Twin.Model.Scenarios;
using Twin.Testing;

namespace Twin.Model.Tests.Support;

/// <summary>Finds the repository's scenario files and builds small scenarios for tests.</summary>
public static class TestScenarios
{
    public static string PathOf(string fileName) => Repository.Path("scenarios", fileName);

    public static Scenario Load(string fileName)
    {
        var result = ScenarioLoader.LoadFile(PathOf(fileName));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    public static Scenario Baseline() => Load("baseline.json");
}
