using System.Text.Json;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Model.Scenarios;
using Twin.Model.Studies;

namespace Twin.Silo.Api;

/// <summary>Checks a study body and turns it into a study request; every problem is reported with its path in the body.</summary>
public static class StudyBodyPlanner
{
    public static (StudyRequest? Request, IReadOnlyList<ValidationProblem> Problems) Plan(JsonElement body)
    {
        var problems = new ValidationProblems();
        if (ScenarioJson.ReadChecked<StudyBody>(body, "", problems) is not { } study) return (null, problems.Items);

        var scenario = LoadScenario(study.Scenario, "scenario", problems);
        var whatIfs = study.WhatIfs.Select((w, i) => LoadScenario(w, $"whatIfs[{i}]", problems)).ToArray();
        var axes = study.Vary.Select((text, i) => SweepAxis.TryParse(text, out var axis, out var error) ? axis : Fail(problems, $"vary[{i}]", error)).ToArray();
        switch (study.Kind)
        {
            case StudyKind.Comparison when study.WhatIfs.Count == 0:
                problems.Add("whatIfs", "a comparison needs at least one what-if scenario");
                break;
            case StudyKind.Sweep when study.Vary.Count == 0:
                problems.Add("vary", "a sweep needs at least one PATH=FROM..TO[:STEP]");
                break;
            case StudyKind.Sweep when study.Samples is null && axes.FirstOrDefault(a => a is { Step: null }) is { } open:
                problems.Add("vary", $"{open.Path}: a grid needs a STEP (PATH=FROM..TO:STEP), or give samples");
                break;
        }
        if (study.Kind != StudyKind.Comparison && study.WhatIfs.Count > 0) problems.Add("whatIfs", $"only a comparison takes what-ifs, this is a {Name(study.Kind)} study");
        if (study.Kind != StudyKind.Sweep && (study.Vary.Count > 0 || study.Samples is not null)) problems.Add("vary", $"only a sweep takes vary and samples, this is a {Name(study.Kind)} study");
        if (problems.Any || scenario is null) return (null, problems.Items);

        var settings = new StudyPlans.Settings(study.Days, study.Seed, study.Replications,
            study.CheckpointEveryDays ?? RunRequest.DefaultCheckpointEveryDays, study.Title);
        try
        {
            return (study.Kind switch
            {
                StudyKind.Comparison => StudyPlans.Comparison(scenario, whatIfs!, settings),
                StudyKind.Sweep => StudyPlans.Sweep(scenario, axes!, study.Samples, settings),
                _ => StudyPlans.Replications(scenario, settings),
            }, []);
        }
        catch (SweepException e)
        {
            return (null, e.Problems.Select(p => new ValidationProblem(p.Path.StartsWith("--vary ", StringComparison.Ordinal) ? "vary" : $"scenario.{p.Path}", p.Message)).ToArray());
        }
    }

    internal static ScenarioDocument? LoadScenario(JsonElement element, string path, ValidationProblems problems)
    {
        if (element.ValueKind == JsonValueKind.String && element.GetString() == "baseline")
            return ScenarioDocument.From(BuiltInScenarios.Baseline());
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, "expected a scenario object, or the string \"baseline\"");
            return null;
        }
        var result = ScenarioLoader.Load(element.GetRawText());
        foreach (var p in result.Problems) problems.Add(p.Path.Length == 0 ? path : $"{path}.{p.Path}", p.Message);
        return result.IsValid ? ScenarioDocument.From(result.Scenario!) : null;
    }

    private static SweepAxis? Fail(ValidationProblems problems, string path, string error)
    {
        problems.Add(path, error);
        return null;
    }

    private static string Name(StudyKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
