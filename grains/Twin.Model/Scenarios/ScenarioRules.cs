namespace Twin.Model.Scenarios;

/// <summary>Every whole-scenario rule, run after the shape of the file is known to be right.</summary>
public static class ScenarioRules
{
    public static readonly IReadOnlyList<IScenarioRule> All =
    [
        new UniqueEntityIdsRule(),
        new InterventionRule(),
        new LogisticsReferencesRule(),
        new MarketRules(),
        new BondRules(),
        new SectorRule(),
        new InstituteRule(),
        new ExpoRule(),
        new CommerceBaseRule(),
    ];

    public static void CheckAll(Scenario scenario, ValidationProblems problems)
    {
        foreach (var rule in All)
            rule.Check(scenario, problems);
    }
}
