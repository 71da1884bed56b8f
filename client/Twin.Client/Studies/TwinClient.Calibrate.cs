using System.Diagnostics;
using MathNet.Numerics.Distributions;
using Twin.Client.Calibration;
using Twin.Contracts.Kernel;
using Twin.Model.Calibration;
using Twin.Model.Optimisation;

namespace Twin.Client.Studies;

public sealed partial class TwinClient
{
    /// <summary>
    /// Fits the plan's parameters to its observations: a pattern search minimises the weighted sum
    /// of squared standardised errors (<see cref="CalibrationDistance"/>), every candidate run as a
    /// study on common seeds; then the distance's curvature around the fit gives each parameter a
    /// standard error and an interval (see docs/statistics.md for what they assume).
    /// </summary>
    public async Task<CalibrationResult> CalibrateAsync(CalibrationPlan plan, IProgress<(IReadOnlyDictionary<string, double> Parameters, double Distance)>? progress = null,
        CancellationToken cancellation = default)
    {
        var spec = plan.Spec;
        var clock = Stopwatch.StartNew();
        var keys = plan.Observations.Select(o => (o.Entity, o.Kpi)).Distinct().ToArray();
        var simulated = new Dictionary<string, Dictionary<(string, string), double[][]>>(StringComparer.Ordinal);
        int runs = 0, cached = 0, evaluations = 0, poll = 0;

        async Task<double[]> Evaluate(IReadOnlyList<double[]> points)
        {
            var batch = await RunCandidatesAsync(plan.Scenario, plan.Parameters, points, plan.Seed, spec.Replications, plan.Days,
                $"calibrate {Path.GetFileName(plan.Scenario.SourcePath)}: poll {poll++}", evaluations, cancellation);
            runs += batch.Status.RunsTotal;
            cached += batch.Status.RunsFromCache;
            evaluations += points.Count;
            var study = await GetDefinitionAsync(batch.Status.StudyId);
            var distances = new double[points.Count];
            for (int v = 0; v < points.Count; v++)
            {
                var replications = study.Runs.Where(r => r.Variant == v).OrderBy(r => r.Replication).Select(r => grains.GetGrain<IRunGrain>(r.RunId)).ToArray();
                var series = new Dictionary<(string, string), double[][]>();
                foreach (var key in keys)
                    series[key] = await Task.WhenAll(replications.Select(run => run.GetSeries(key.Entity, key.Kpi, 0, plan.Days - 1)));
                simulated[Key(points[v])] = series;
                distances[v] = Distance(plan, series);
                progress?.Report((batch.Parameters[v], distances[v]));
            }
            return distances;
        }

        var search = new PatternSearch(plan.Parameters, plan.Seed);
        DateTimeOffset? deadline = spec.Budget.Seconds is { } s ? DateTimeOffset.UtcNow.AddSeconds(s) : null;
        var outcome = await search.MinimiseAsync(Evaluate, spec.Budget.Evaluations, deadline: deadline, cancellation: cancellation);
        var best = outcome.Best;

        // Curvature: the distance one step either side of the fit along each parameter, as one more batch.
        var sides = new List<double[]>();
        var steps = plan.Parameters.Select(p => p.Integer ? 1 : 0.05 * (p.Max - p.Min)).ToArray();
        for (int j = 0; j < best.Length; j++)
            foreach (var sign in new[] { 1.0, -1.0 })
            {
                var p = (double[])best.Clone();
                p[j] = plan.Parameters[j].Snap(best[j] + sign * steps[j]);
                sides.Add(p);
            }
        var fresh = sides.Where(p => !simulated.ContainsKey(Key(p))).DistinctBy(Key).ToArray();
        if (fresh.Length > 0) await Evaluate(fresh);
        double atBest = Distance(plan, simulated[Key(best)]);
        double dispersion = atBest / Math.Max(1, plan.Observations.Count - best.Length);
        double z = Normal.InvCDF(0, 1, 1 - (1 - spec.Confidence) / 2);
        var fitted = plan.Parameters.Select((parameter, j) =>
        {
            double plus = sides[2 * j][j] - best[j], minus = best[j] - sides[2 * j + 1][j];
            double se = plus > 0 && minus > 0
                ? CalibrationDistance.StandardError(atBest, Distance(plan, simulated[Key(sides[2 * j])]), Distance(plan, simulated[Key(sides[2 * j + 1])]),
                    plus, minus, dispersion)
                : double.NaN;
            return new FittedParameter(parameter.Path, best[j], se, best[j] - z * se, best[j] + z * se);
        }).ToArray();
        var fit = plan.Observations.OrderBy(o => o.Entity).ThenBy(o => o.Kpi).ThenBy(o => o.Day).Select(o =>
        {
            var values = simulated[Key(best)][(o.Entity, o.Kpi)].Select(r => r[o.Day]).Where(double.IsFinite).ToArray();
            var summary = Twin.Model.Statistics.Summary.Of(values);
            return new FittedPoint(o.Day, o.Entity, o.Kpi, o.Value, summary.Mean, summary.StandardDeviation);
        }).ToArray();
        return new CalibrationResult(fitted, atBest, dispersion, plan.Observations.Count, evaluations, runs, cached, outcome.Converged, fit,
            spec.Confidence, clock.Elapsed.TotalSeconds);
    }

    private static double Distance(CalibrationPlan plan, Dictionary<(string, string), double[][]> series)
    {
        double total = 0;
        foreach (var o in plan.Observations)
        {
            var setting = plan.SeriesOf(o.Entity, o.Kpi);
            total += CalibrationDistance.Term(o.Value, series[(o.Entity, o.Kpi)].Select(r => r[o.Day]).ToArray(), setting.Noise, setting.Weight);
        }
        return total;
    }

    private static string Key(double[] point) => string.Join(";", point.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
}
