using Twin.Client.Runs;
using Twin.Model.Kernel;
using Twin.Model.Optimisation;
using Twin.Model.Scenarios;

namespace Twin.Client.Optimisation;

/// <summary>A checked optimisation: its spec, the scenario it varies, and its levers as the search sees them.</summary>
public sealed record OptimisationPlan(OptimisationSpec Spec, ScenarioDocument Scenario, IReadOnlyList<LeverRange> Levers)
{
    public long Seed => Spec.Seed ?? Scenario.Scenario.Seed;

    public int Days => Spec.Days ?? Scenario.Scenario.Days;

    /// <summary>Reads an optimisation file; its scenario path is relative to the file.</summary>
    public static OptimisationPlan Load(string path) => SpecFile.Load(path, Parse);

    /// <summary>Checks every field and names each problem; a scenario path is relative to <paramref name="folder"/>.</summary>
    public static OptimisationPlan Parse(string json, string source, string folder)
    {
        var problems = new ValidationProblems();
        var (spec, scenario) = SpecFile.Read<OptimisationSpec>(json, source, folder, s => s.Scenario, problems);
        return Checked(spec, scenario, source, problems);
    }

    /// <summary>An optimisation whose scenario is given apart (the HTTP API's), its fields checked like a file's.</summary>
    public static OptimisationPlan Parse(System.Text.Json.JsonElement element, ScenarioDocument scenario, string source)
    {
        var problems = new ValidationProblems();
        return Checked(SpecFile.ReadSpec<OptimisationSpec>(element, source, problems), scenario, source, problems);
    }

    private static OptimisationPlan Checked(OptimisationSpec spec, ScenarioDocument scenario, string source, ValidationProblems problems)
    {
        var levers = SpecFile.Levers(spec.Levers, scenario.Scenario, "levers", problems);
        Check(spec, scenario.Scenario, problems);
        if (problems.Any) throw new SpecInvalidException(source, problems.Items);
        return new OptimisationPlan(spec, scenario, levers);
    }

    private static void Check(OptimisationSpec spec, Scenario scenario, ValidationProblems problems)
    {
        if (spec.Start is { } start && start.Count != spec.Levers.Count) problems.Add("start", $"give one value per lever ({spec.Levers.Count}), got {start.Count}");
        if (spec.From is { } from && spec.To is { } to && from > to) problems.Add("to", $"must not be before from ({from}), got {to}");
        var directory = EntityCatalog.DirectoryOf(scenario);
        var objective = spec.Objective;
        if (objective.Levers is null)
        {
            if (objective.Entity is null || objective.Kpi is null) problems.Add("objective", "give an entity and a kpi, or \"levers\": \"sum\"");
            else SpecFile.Kpi(directory, objective.Entity, objective.Kpi, "objective", problems);
        }
        else if (objective.Entity is not null || objective.Kpi is not null) problems.Add("objective", "give either an entity and a kpi or \"levers\": \"sum\", not both");
        for (int i = 0; i < spec.Constraints.Count; i++)
        {
            var c = spec.Constraints[i];
            string at = $"constraints[{i}]";
            if (c.Max is null && c.Min is null) problems.Add(at, "give a max, a min or both");
            if (c.Max is { } hi && c.Min is { } lo && lo > hi) problems.Add($"{at}.min", $"must not be above max ({hi}), got {lo}");
            var kind = SpecFile.Kpi(directory, c.Entity, c.Kpi, at, problems);
            if (c.InDaysOf is { } per && kind is not null)
            {
                var info = KpiCatalog.Find(kind, per);
                if (info is null) problems.Add($"{at}.inDaysOf", $"a {kind} records no KPI '{per}'");
                else if (info.Aggregation != KpiAggregation.Sum) problems.Add($"{at}.inDaysOf", $"'{per}' is not a flow (a daily total), so it has no daily rate");
            }
        }
    }
}
