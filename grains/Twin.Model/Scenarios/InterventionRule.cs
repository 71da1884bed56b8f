using System.Text.Json;
using Twin.Model.Kernel;

namespace Twin.Model.Scenarios;

/// <summary>
/// Each intervention names exactly one lever, on a path that exists, inside the horizon, with a
/// value that passes the same checks as the file itself.
/// </summary>
public sealed class InterventionRule : IScenarioRule
{
    public void Check(Scenario scenario, ValidationProblems problems)
    {
        var root = ScenarioPatcher.ToNode(scenario);
        var entities = EntityCatalog.Describe(scenario).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var usable = new HashSet<int>();
        for (int i = 0; i < scenario.Interventions.Count; i++)
        {
            int before = problems.Count;
            var iv = scenario.Interventions[i];
            var path = ValidationProblems.Index("interventions", i);
            int levers = (iv.Set is null ? 0 : 1) + (iv.Scale is null ? 0 : 1) + (iv.Close is null ? 0 : 1);
            if (levers != 1)
            {
                problems.Add(path, levers == 0 ? "needs one of \"set\", \"scale\" or \"close\"" : "may have only one of \"set\", \"scale\" or \"close\"");
                continue;
            }
            if (iv.Day >= scenario.Days)
                problems.Add(ValidationProblems.Join(path, "day"), $"must be before the end of the run (days = {scenario.Days}), got {iv.Day}");
            switch (iv.Kind)
            {
                case InterventionKind.Set: CheckSet(root, iv, path, problems); break;
                case InterventionKind.Scale: CheckScale(root, iv, path, problems); break;
                case InterventionKind.Close: CheckClose(entities, iv, path, problems); break;
            }
            if (problems.Count == before) usable.Add(i);
        }
        LeverRanges.Check(scenario, usable, problems);
    }

    private static void CheckSet(System.Text.Json.Nodes.JsonObject root, InterventionSpec iv, string path, ValidationProblems problems)
    {
        Forbid(iv.By is not null, "by", "belongs to \"scale\", not \"set\"", path, problems);
        Forbid(iv.Days is not null, "days", "belongs to \"close\", not \"set\"", path, problems);
        var resolution = ScenarioPath.Parse(iv.Set!).Resolve(root);
        if (!resolution.Found) { problems.Add(ValidationProblems.Join(path, "set"), resolution.Error); return; }
        if (iv.To is null) { problems.Add(ValidationProblems.Join(path, "to"), "is required with \"set\""); return; }
        if (resolution.IsInitialCondition && iv.Day > 0)
            problems.Add(ValidationProblems.Join(path, "set"), $"'{iv.Set}' is an initial condition (the state of day 0); set it on day 0 or change the scenario instead");
    }

    private static void CheckScale(System.Text.Json.Nodes.JsonObject root, InterventionSpec iv, string path, ValidationProblems problems)
    {
        Forbid(iv.To is not null, "to", "belongs to \"set\", not \"scale\"", path, problems);
        Forbid(iv.Days is not null, "days", "belongs to \"close\", not \"scale\"", path, problems);
        if (iv.By is null) { problems.Add(ValidationProblems.Join(path, "by"), "is required with \"scale\""); return; }
        var resolution = ScenarioPath.Parse(iv.Scale!).Resolve(root);
        if (!resolution.Found) { problems.Add(ValidationProblems.Join(path, "scale"), resolution.Error); return; }
        if (resolution.Node is not System.Text.Json.Nodes.JsonValue value || value.GetValueKind() != JsonValueKind.Number)
            problems.Add(ValidationProblems.Join(path, "scale"), $"'{iv.Scale}' is not a number, so it cannot be scaled");
        else if (resolution.IsInitialCondition && iv.Day > 0)
            problems.Add(ValidationProblems.Join(path, "scale"), $"'{iv.Scale}' is an initial condition (the state of day 0); scale it on day 0 or change the scenario instead");
    }

    private static void CheckClose(HashSet<string> entities, InterventionSpec iv, string path, ValidationProblems problems)
    {
        Forbid(iv.To is not null, "to", "belongs to \"set\", not \"close\"", path, problems);
        Forbid(iv.By is not null, "by", "belongs to \"scale\", not \"close\"", path, problems);
        if (iv.Days is null) problems.Add(ValidationProblems.Join(path, "days"), "is required with \"close\"");
        if (!entities.Contains(iv.Close!))
            problems.Add(ValidationProblems.Join(path, "close"), $"'{iv.Close}' is not an entity of this scenario (expected section/id, such as towns/{FirstTown(entities)})");
    }

    private static void Forbid(bool present, string field, string why, string path, ValidationProblems problems)
    {
        if (present) problems.Add(ValidationProblems.Join(path, field), why);
    }

    private static string FirstTown(HashSet<string> entities) =>
        entities.Where(e => e.StartsWith("towns/", StringComparison.Ordinal)).Select(e => e[6..]).Order(StringComparer.Ordinal).FirstOrDefault() ?? "sco-city";
}
