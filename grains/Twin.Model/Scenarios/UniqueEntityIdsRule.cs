using Twin.Model.Kernel;

namespace Twin.Model.Scenarios;

/// <summary>Entity ids key grains and random streams, so each must be unique across all sections.</summary>
public sealed class UniqueEntityIdsRule : IScenarioRule
{
    public void Check(Scenario scenario, ValidationProblems problems)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in EntityCatalog.Describe(scenario))
        {
            if (firstSeen.TryGetValue(entity.Id, out var other))
                problems.Add(entity.JsonPath + ".id", $"duplicate id '{entity.Id}' (also used at {other})");
            else
                firstSeen[entity.Id] = entity.JsonPath;
        }
    }
}
