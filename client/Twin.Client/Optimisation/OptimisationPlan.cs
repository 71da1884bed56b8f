using System.Text.Json;
using Twin.Client.Runs;
using Twin.Model.Kernel;
using Twin.Model.Optimisation;
using Twin.Model.Scenarios;
using Twin.Model.Studies;

namespace Twin.Client.Optimisation;

/// <summary>A checked optimisation: its spec, the scenario it varies, and its levers as the search sees them.</summary>
public sealed record OptimisationPlan(OptimisationSpec Spec, ScenarioDocument Scenario, IReadOnlyList<LeverRange> Levers)
{
    public long Seed => Spec.Seed ?? Scenario.Scenario.Seed;

    public int Days => Spec.Days ?? Scenario.Scenario.Days;

    /// <summary>Reads an optimisation file; its scenario path is relative to the file.</summary>
    public static OptimisationPlan Load(string path)
    {
        if (!File.Exists(path)) throw new SpecInvalidException(path, [new ValidationProblem("", "no such file")]);
        return Parse(File.ReadAllText(path), path, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Checks every field and names each problem; a scenario path is relative to <paramref name="folder"/>.</summary>
    public static OptimisationPlan Parse(string json, string source, string folder)
    {
        var problems = new ValidationProblems();
        JsonDocument document;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException e) { throw new SpecInvalidException(source, [new ValidationProblem("", $"not valid JSON: {e.Message.Split(". ")[0]}")]); }
        using (document)
        {
            var spec = ScenarioJson.ReadChecked<OptimisationSpec>(document.RootElement, "", problems);
            if (spec is null) throw new SpecInvalidException(source, problems.Items);
            var file = Path.Combine(folder, spec.Scenario);
            var loaded = File.Exists(file) ? ScenarioLoader.LoadFile(file) : null;
            if (loaded is null) problems.Add("scenario", $"no scenario file at {file}");
            else foreach (var p in loaded.Problems) problems.Add($"scenario ({spec.Scenario}): {p.Path}", p.Message);
            if (problems.Any) throw new SpecInvalidException(source, problems.Items);
            var scenario = ScenarioDocument.From(loaded!.Scenario!, file);
            var levers = spec.Levers.Select(l => new LeverRange(l.Path, l.Min, l.Max, l.Integer)).ToArray();
            Check(spec, scenario.Scenario, problems);
            if (problems.Any) throw new SpecInvalidException(source, problems.Items);
            return new OptimisationPlan(spec, scenario, levers);
        }
    }

    private static void Check(OptimisationSpec spec, Scenario scenario, ValidationProblems problems)
    {
        if (spec.Levers.Count is 0 or > 10) problems.Add("levers", $"give between 1 and 10 levers, got {spec.Levers.Count}");
        for (int i = 0; i < spec.Levers.Count; i++)
        {
            var lever = spec.Levers[i];
            if (!(lever.Min < lever.Max)) problems.Add($"levers[{i}]", $"min must be below max, got {lever.Min} and {lever.Max}");
            else
            {
                // Both ends must make valid scenarios: a bad path or an out-of-range value is named now, not after a study.
                try { SweepPlanner.Grid(scenario, [new SweepAxis(lever.Path, lever.Min, lever.Min, 1)]); SweepPlanner.Grid(scenario, [new SweepAxis(lever.Path, lever.Max, lever.Max, 1)]); }
                catch (SweepException e) { foreach (var p in e.Problems) problems.Add($"levers[{i}].path", p.Message); }
            }
        }
        if (spec.Start is { } start && start.Count != spec.Levers.Count) problems.Add("start", $"give one value per lever ({spec.Levers.Count}), got {start.Count}");
        if (spec.From is { } from && spec.To is { } to && from > to) problems.Add("to", $"must not be before from ({from}), got {to}");
        var directory = EntityCatalog.DirectoryOf(scenario);
        var objective = spec.Objective;
        if (objective.Levers is null)
        {
            if (objective.Entity is null || objective.Kpi is null) problems.Add("objective", "give an entity and a kpi, or \"levers\": \"sum\"");
            else CheckKpi(directory, objective.Entity, objective.Kpi, "objective", problems);
        }
        else if (objective.Entity is not null || objective.Kpi is not null) problems.Add("objective", "give either an entity and a kpi or \"levers\": \"sum\", not both");
        for (int i = 0; i < spec.Constraints.Count; i++)
        {
            var c = spec.Constraints[i];
            string at = $"constraints[{i}]";
            if (c.Max is null && c.Min is null) problems.Add(at, "give a max, a min or both");
            if (c.Max is { } hi && c.Min is { } lo && lo > hi) problems.Add($"{at}.min", $"must not be above max ({hi}), got {lo}");
            var kind = CheckKpi(directory, c.Entity, c.Kpi, at, problems);
            if (c.InDaysOf is { } per && kind is not null)
            {
                var info = KpiCatalog.Find(kind, per);
                if (info is null) problems.Add($"{at}.inDaysOf", $"a {kind} records no KPI '{per}'");
                else if (info.Aggregation != KpiAggregation.Sum) problems.Add($"{at}.inDaysOf", $"'{per}' is not a flow (a daily total), so it has no daily rate");
            }
        }
    }

    private static string? CheckKpi(EntityDirectory directory, string entity, string kpi, string at, ValidationProblems problems)
    {
        if (!directory.TryIndexOf(entity, out int index))
        {
            problems.Add($"{at}.entity", $"the scenario has no entity '{entity}'");
            return null;
        }
        var kind = directory[index].Kind;
        if (KpiCatalog.Find(kind, kpi) is null) problems.Add($"{at}.kpi", $"a {kind} records no KPI '{kpi}'");
        return kind;
    }
}
