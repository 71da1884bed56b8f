namespace Twin.Model.Scenarios;

/// <summary>A check that needs the whole scenario (unique ids, references between sections, lever paths).</summary>
public interface IScenarioRule
{
    void Check(Scenario scenario, ValidationProblems problems);
}
