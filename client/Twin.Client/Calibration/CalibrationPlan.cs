using Twin.Client.Optimisation;
using Twin.Client.Runs;
using Twin.Model.Calibration;
using Twin.Model.Kernel;
using Twin.Model.Optimisation;
using Twin.Model.Scenarios;

namespace Twin.Client.Calibration;

/// <summary>A checked calibration: its spec, the scenario, the parameters as the search sees them, and the observations.</summary>
public sealed record CalibrationPlan(CalibrationSpec Spec, ScenarioDocument Scenario, IReadOnlyList<LeverRange> Parameters, IReadOnlyList<ObservedPoint> Observations)
{
    public long Seed => Spec.Seed ?? Scenario.Scenario.Seed;

    /// <summary>The run's days: as stated, or up to the last observed day.</summary>
    public int Days => Spec.Days ?? Observations.Max(o => o.Day) + 1;

    public SeriesSpec SeriesOf(string entity, string kpi) =>
        Spec.Series.FirstOrDefault(s => s.Entity == entity && s.Kpi == kpi) ?? new SeriesSpec { Entity = entity, Kpi = kpi };

    /// <summary>Reads a calibration file; its scenario and actuals paths are relative to the file.</summary>
    public static CalibrationPlan Load(string path) => SpecFile.Load(path, Parse);

    public static CalibrationPlan Parse(string json, string source, string folder)
    {
        var problems = new ValidationProblems();
        var (spec, scenario) = SpecFile.Read<CalibrationSpec>(json, source, folder, s => s.Scenario, problems);
        var file = Path.Combine(folder, spec.Actuals);
        IReadOnlyList<ObservedPoint> observations = [];
        if (!File.Exists(file)) problems.Add("actuals", $"no CSV file at {file}");
        else
        {
            using var reader = new StreamReader(file);
            observations = ActualsCsv.Read(reader, problems);
        }
        return Checked(spec, scenario, observations, source, problems);
    }

    /// <summary>A calibration whose scenario and actuals (CSV text) are given apart (the HTTP API's), checked like a file's.</summary>
    public static CalibrationPlan Parse(System.Text.Json.JsonElement element, ScenarioDocument scenario, string actualsCsv, string source)
    {
        var problems = new ValidationProblems();
        var spec = SpecFile.ReadSpec<CalibrationSpec>(element, source, problems);
        var observations = ActualsCsv.Read(new StringReader(actualsCsv), problems);
        return Checked(spec, scenario, observations, source, problems);
    }

    private static CalibrationPlan Checked(CalibrationSpec spec, ScenarioDocument scenario, IReadOnlyList<ObservedPoint> observations, string source, ValidationProblems problems)
    {
        var parameters = SpecFile.Levers(spec.Parameters, scenario.Scenario, "parameters", problems);
        var directory = EntityCatalog.DirectoryOf(scenario.Scenario);
        foreach (var series in observations.Select(o => (o.Entity, o.Kpi)).Distinct())
            SpecFile.Kpi(directory, series.Entity, series.Kpi, $"actuals ({series.Entity}, {series.Kpi})", problems);
        for (int i = 0; i < spec.Series.Count; i++)
            if (!observations.Any(o => o.Entity == spec.Series[i].Entity && o.Kpi == spec.Series[i].Kpi))
                problems.Add($"series[{i}]", $"the actuals have no observation of {spec.Series[i].Kpi} of {spec.Series[i].Entity}");
        if (spec.Days is { } days && observations.FirstOrDefault(o => o.Day >= days) is { } late)
            problems.Add("days", $"the actuals go to day {late.Day}, past the run's {days} days");
        if (problems.Any) throw new SpecInvalidException(source, problems.Items);
        return new CalibrationPlan(spec, scenario, parameters, observations);
    }
}
