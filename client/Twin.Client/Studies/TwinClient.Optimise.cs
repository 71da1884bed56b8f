using System.Diagnostics;
using Twin.Client.Optimisation;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Model.Kernel;
using Twin.Model.Optimisation;

namespace Twin.Client.Studies;

public sealed partial class TwinClient
{
    /// <summary>
    /// Searches the plan's levers for the best objective whose constraints hold with their stated
    /// confidence (see docs/statistics.md). Each poll of the search runs as one study across the
    /// cluster: every candidate for the same replications and seeds (common random numbers), so a
    /// candidate seen before comes from the result cache. The best feasible candidates are then
    /// ranked on paired differences with Bonferroni intervals.
    /// </summary>
    /// <param name="progress">Told of each candidate as it is scored.</param>
    public async Task<OptimisationResult> OptimiseAsync(OptimisationPlan plan, IProgress<OptimisationCandidate>? progress = null,
        CancellationToken cancellation = default)
    {
        var spec = plan.Spec;
        var clock = Stopwatch.StartNew();
        var candidates = new List<OptimisationCandidate>();
        int runs = 0, cached = 0, poll = 0;
        DateTimeOffset? deadline = spec.Budget.Seconds is { } s ? DateTimeOffset.UtcNow.AddSeconds(s) : null;

        async Task<double[]> Evaluate(IReadOnlyList<double[]> points)
        {
            var batch = await RunCandidatesAsync(plan.Scenario, plan.Levers, points, plan.Seed, spec.Replications, plan.Days,
                $"optimise {Path.GetFileName(plan.Scenario.SourcePath)}: poll {poll++}", candidates.Count, cancellation);
            var status = batch.Status;
            runs += status.RunsTotal;
            cached += status.RunsFromCache;
            var aggregates = await LoadAggregatesAsync(status.StudyId, new ResultQuery(FromDay: spec.From, ToDay: spec.To));
            var scores = new double[points.Count];
            for (int v = 0; v < points.Count; v++)
            {
                var candidate = Score(plan, candidates.Count, poll - 1, batch.Parameters[v], aggregates.ByVariant[v], aggregates.Window, status.StudyId);
                candidates.Add(candidate);
                progress?.Report(candidate);
                scores[v] = candidate.Score;
            }
            return scores;
        }

        var search = new PatternSearch(plan.Levers, plan.Seed);
        var outcome = await search.MinimiseAsync(Evaluate, spec.Budget.Evaluations, spec.Start?.ToArray(), deadline, cancellation);
        var finalists = candidates.Where(c => c.Feasible).OrderBy(c => c.Score).ThenBy(c => c.Index).Take(spec.Finalists).ToArray();
        RankingAndSelection.Selection? selection = null;
        if (finalists.Length > 0)
        {
            bool minimise = spec.Objective.Minimise;
            selection = RankingAndSelection.Select(finalists.Select(f => (f.Index, f.ObjectiveValues.Select(x => minimise ? x : -x).ToArray())).ToArray(), spec.Confidence);
        }
        return new OptimisationResult(Describe(spec.Objective), selection is null ? null : candidates[selection.Winner], candidates, selection,
            outcome.Converged, runs, cached, spec.Replications, clock.Elapsed.TotalSeconds);
    }

    private static string Describe(ObjectiveSpec objective) =>
        $"{(objective.Minimise ? "minimise" : "maximise")} {(objective.Levers is not null ? "the sum of the levers" : $"{objective.Kpi} of {objective.Entity}")}";

    /// <summary>A candidate's objective and constraints per replication, from its runs' aggregates over the window.</summary>
    private static OptimisationCandidate Score(OptimisationPlan plan, int index, int poll, IReadOnlyDictionary<string, double> levers,
        RunAggregates[] replications, KpiWindow window, string studyId)
    {
        var spec = plan.Spec;
        int windowDays = Math.Min(window.To, plan.Days - 1) - window.From + 1;
        double[] objective = spec.Objective.Levers is not null
            ? replications.Select(_ => levers.Values.Sum()).ToArray()
            : replications.Select(r => Value(r, spec.Objective.Entity!, spec.Objective.Kpi!)).ToArray();
        var constraints = spec.Constraints.Select(c => CandidateScore.Check(c, replications.Select(r =>
        {
            double value = Value(r, c.Entity, c.Kpi);
            return c.InDaysOf is { } per ? value / (Value(r, c.Entity, per) / windowDays) : value;
        }).ToArray())).ToArray();
        var summary = Twin.Model.Statistics.Summary.Of(objective);
        double score = CandidateScore.Score(summary.Mean, spec.Objective.Minimise, constraints);
        return new OptimisationCandidate(index, poll, levers, summary, objective, constraints, constraints.All(c => c.Holds), score, studyId);
    }

    private static double Value(RunAggregates run, string entity, string kpi)
    {
        int e = Array.IndexOf(run.Entities, entity);
        int k = e < 0 ? -1 : Array.IndexOf(run.Kpis[e], kpi);
        return k < 0 ? throw new ArgumentException($"Run '{run.RunId}' has no KPI '{kpi}' of '{entity}'.") : run.Values[e][k];
    }
}
