using System.Globalization;
using System.Text.Json;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Studies;

/// <summary>
/// Turns a scenario and its varied parameters into the scenarios of a sweep: every grid point,
/// or N Latin hypercube samples. Each point is the scenario with the parameters set from day 0,
/// validated like any scenario, so a bad path or value is reported before anything runs.
/// </summary>
public static class SweepPlanner
{
    public sealed record Point(string Label, Scenario Scenario, IReadOnlyDictionary<string, double> Parameters);

    public static IReadOnlyList<Point> Grid(Scenario scenario, IReadOnlyList<SweepAxis> axes)
    {
        IEnumerable<double[]> combos = [[]];
        foreach (var axis in axes)
            combos = combos.SelectMany(c => axis.GridPoints().Select(v => (double[])[.. c, v]));
        return combos.Select(values => PointAt(scenario, axes, values)).ToArray();
    }

    /// <summary>Latin hypercube samples over the axes' ranges, drawn from the study's seed (so a sweep is reproducible).</summary>
    public static IReadOnlyList<Point> Samples(Scenario scenario, IReadOnlyList<SweepAxis> axes, int samples, long seed)
    {
        var random = RandomStreams.Create(seed, 0, "sweep", "latin-hypercube");
        var unit = LatinHypercube.UnitSamples(samples, axes.Count, random);
        return unit.Select(u => PointAt(scenario, axes, axes.Select((a, i) => Round(a.From + u[i] * (a.To - a.From))).ToArray())).ToArray();
    }

    private static Point PointAt(Scenario scenario, IReadOnlyList<SweepAxis> axes, double[] values)
    {
        var parameters = axes.Select((a, i) => (a.Path, Value: values[i])).ToDictionary(p => p.Path, p => p.Value, StringComparer.Ordinal);
        var node = ScenarioPatcher.ToNode(scenario);
        var problems = new ValidationProblems();
        foreach (var path in parameters.Keys.ToArray())
        {
            // A whole-number parameter (a count) takes the nearest whole number of a sample.
            if (ScenarioPath.Parse(path).Resolve(node).IsWholeNumber) parameters[path] = Math.Round(parameters[path], MidpointRounding.AwayFromZero);
            var set = new InterventionSpec { Day = 0, Set = path, To = JsonSerializer.SerializeToElement(parameters[path]) };
            if (ScenarioPatcher.TryApply(node, set) is { } error) problems.Add($"--vary {path}", error);
        }
        var label = string.Join(";", parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{LastSegment(p.Key)}={p.Value:G6}")));
        node["name"] = scenario.Name;
        var result = problems.Any ? ScenarioLoadResult.Failed(problems.Items) : ScenarioLoader.Load(node.ToJsonString());
        if (!result.IsValid)
            throw new SweepException($"sweep point {label} is not a valid scenario", result.Problems);
        return new Point(label, result.Scenario!, parameters);
    }

    private static string LastSegment(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>Whole-number parameters accept only whole values; samples are rounded to 6 significant digits for readable labels.</summary>
    private static double Round(double value) => double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>A sweep that cannot be built; lists what is wrong.</summary>
public sealed class SweepException(string message, IReadOnlyList<ValidationProblem> problems)
    : Exception(message + ":\n" + string.Join("\n", problems.Select(p => "  " + p)))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
}
