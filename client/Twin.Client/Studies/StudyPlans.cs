using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Model.Studies;

namespace Twin.Client.Studies;

/// <summary>Builds study requests from scenarios: replications, comparisons and sweeps.</summary>
public static class StudyPlans
{
    public sealed record Settings(int? Days = null, long? Seed = null, int? Replications = null,
        int CheckpointEveryDays = RunRequest.DefaultCheckpointEveryDays, string Title = "", int MaxConcurrentRuns = 0);

    public static StudyRequest Replications(ScenarioDocument scenario, Settings settings) =>
        Build(StudyKind.Replications, scenario, [Variant(scenario, scenario.Scenario.Name)], settings);

    /// <summary>A baseline and what-ifs on common seeds; labels are the scenario names, made unique.</summary>
    public static StudyRequest Comparison(ScenarioDocument baseline, IReadOnlyList<ScenarioDocument> whatIfs, Settings settings)
    {
        if (whatIfs.Count == 0) throw new ArgumentException("A comparison needs at least one what-if scenario.");
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var variants = new[] { baseline }.Concat(whatIfs).Select(s => Variant(s, Unique(s.Scenario.Name, labels))).ToArray();
        return Build(StudyKind.Comparison, baseline, variants, settings);
    }

    public static StudyRequest Sweep(ScenarioDocument scenario, IReadOnlyList<SweepAxis> axes, int? samples, Settings settings)
    {
        if (axes.Count == 0) throw new ArgumentException("A sweep needs at least one --vary PATH=FROM..TO[:STEP].");
        long seed = settings.Seed ?? scenario.Scenario.Seed;
        var points = samples is { } n
            ? SweepPlanner.Samples(scenario.Scenario, axes, n, seed)
            : SweepPlanner.Grid(scenario.Scenario, axes);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var variants = points.Select(p =>
        {
            var document = ScenarioDocument.From(p.Scenario, scenario.SourcePath);
            return Variant(document, Unique(p.Label, labels), p.Parameters);
        }).ToArray();
        return Build(StudyKind.Sweep, scenario, variants, settings);
    }

    private static StudyRequest Build(StudyKind kind, ScenarioDocument first, StudyVariant[] variants, Settings settings) => new(
        kind,
        variants,
        settings.Seed ?? first.Scenario.Seed,
        settings.Replications ?? first.Scenario.Replications,
        settings.Days ?? first.Scenario.Days,
        settings.CheckpointEveryDays,
        settings.Title,
        settings.MaxConcurrentRuns);

    private static StudyVariant Variant(ScenarioDocument scenario, string label, IReadOnlyDictionary<string, double>? parameters = null) =>
        new(label, scenario.Scenario.Name, scenario.CanonicalJson, scenario.Hash, parameters ?? new Dictionary<string, double>(), scenario.SourcePath);

    private static string Unique(string label, HashSet<string> taken)
    {
        var candidate = label;
        for (int i = 2; !taken.Add(candidate); i++) candidate = $"{label} ({i})";
        return candidate;
    }
}
