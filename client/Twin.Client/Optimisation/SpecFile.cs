using System.Text.Json;
using Twin.Client.Runs;
using Twin.Model.Kernel;
using Twin.Model.Optimisation;
using Twin.Model.Scenarios;
using Twin.Model.Studies;

namespace Twin.Client.Optimisation;

/// <summary>What optimisation and calibration files share: JSON checked field by field, a scenario relative to the file, levers with ranges.</summary>
internal static class SpecFile
{
    /// <summary>A file's text, parsed with paths inside it taken relative to the file's folder.</summary>
    public static T Load<T>(string path, Func<string, string, string, T> parse) =>
        File.Exists(path)
            ? parse(File.ReadAllText(path), path, Path.GetDirectoryName(Path.GetFullPath(path))!)
            : throw new SpecInvalidException(path, [new ValidationProblem("", "no such file")]);

    public static (T Spec, ScenarioDocument Scenario) Read<T>(string json, string source, string folder, Func<T, string> scenarioOf, ValidationProblems problems)
        where T : class
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException e) { throw new SpecInvalidException(source, [new ValidationProblem("", $"not valid JSON: {e.Message.Split(". ")[0]}")]); }
        using (document)
        {
            var spec = ReadSpec<T>(document.RootElement, source, problems);
            var file = Path.Combine(folder, scenarioOf(spec));
            var loaded = File.Exists(file) ? ScenarioLoader.LoadFile(file) : null;
            if (loaded is null) problems.Add("scenario", $"no scenario file at {file}");
            else foreach (var p in loaded.Problems) problems.Add($"scenario ({scenarioOf(spec)}): {p.Path}", p.Message);
            if (problems.Any) throw new SpecInvalidException(source, problems.Items);
            return (spec, ScenarioDocument.From(loaded!.Scenario!, file));
        }
    }

    /// <summary>The spec's fields, each checked; throws naming every bad one.</summary>
    public static T ReadSpec<T>(JsonElement element, string source, ValidationProblems problems) where T : class =>
        ScenarioJson.ReadChecked<T>(element, "", problems) ?? throw new SpecInvalidException(source, problems.Items);

    /// <summary>Every lever's range is sound and both its ends make valid scenarios, so a bad path or value is named before anything runs.</summary>
    public static LeverRange[] Levers(IReadOnlyList<LeverSpec> levers, Scenario scenario, string at, ValidationProblems problems)
    {
        if (levers.Count is 0 or > 10) problems.Add(at, $"give between 1 and 10, got {levers.Count}");
        for (int i = 0; i < levers.Count; i++)
        {
            var lever = levers[i];
            if (!(lever.Min < lever.Max)) problems.Add($"{at}[{i}]", $"min must be below max, got {lever.Min} and {lever.Max}");
            else
            {
                try { SweepPlanner.Grid(scenario, [new SweepAxis(lever.Path, lever.Min, lever.Min, 1)]); SweepPlanner.Grid(scenario, [new SweepAxis(lever.Path, lever.Max, lever.Max, 1)]); }
                catch (SweepException e) { foreach (var p in e.Problems) problems.Add($"{at}[{i}].path", p.Message); }
            }
        }
        return levers.Select(l => new LeverRange(l.Path, l.Min, l.Max, l.Integer)).ToArray();
    }

    /// <summary>The kind of the entity, or null (with a problem) when the scenario has no such entity or it records no such KPI.</summary>
    public static string? Kpi(EntityDirectory directory, string entity, string kpi, string at, ValidationProblems problems)
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
