using Twin.Client.Runs;
using Twin.Contracts.Studies;
using Twin.Model.Optimisation;
using Twin.Model.Studies;

namespace Twin.Client.Studies;

public sealed partial class TwinClient
{
    /// <summary>A batch of lever points, run as one study and finished.</summary>
    /// <param name="Parameters">Per point, the lever values as set (whole numbers for whole-number parameters).</param>
    internal sealed record CandidateBatch(StudyStatus Status, IReadOnlyDictionary<string, double>[] Parameters);

    /// <summary>
    /// Runs each point (the scenario with the levers set from day 0) for the same replications and
    /// seeds, as one study across the cluster; a point run before comes from the result cache.
    /// </summary>
    internal async Task<CandidateBatch> RunCandidatesAsync(ScenarioDocument scenario, IReadOnlyList<LeverRange> levers, IReadOnlyList<double[]> points,
        long seed, int replications, int days, string title, int firstIndex, CancellationToken cancellation)
    {
        var built = points.Select(p => SweepPlanner.Grid(scenario.Scenario, levers.Select((l, i) => new SweepAxis(l.Path, p[i], p[i], 1)).ToArray()).Single()).ToArray();
        var variants = built.Select((point, i) =>
        {
            var document = ScenarioDocument.From(point.Scenario, scenario.SourcePath);
            return new StudyVariant($"#{firstIndex + i} {point.Label}", point.Scenario.Name, document.CanonicalJson, document.Hash, point.Parameters);
        }).ToArray();
        var request = new StudyRequest(StudyKind.Sweep, variants, seed, replications, days, CheckpointEveryDays: 0, Title: title);
        var status = await StartStudyAsync(request, cancellation);
        await foreach (var update in WatchAsync(status.StudyId, TimeSpan.FromMilliseconds(100), cancellation)) status = update;
        if (status.State != StudyState.Completed)
            throw new InvalidOperationException($"Study '{status.StudyId}' ({title}) ended {status.State.ToString().ToLowerInvariant()}: {status.Error}");
        return new CandidateBatch(status, built.Select(b => b.Parameters).ToArray());
    }
}
