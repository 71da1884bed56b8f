using Twin.Model.Randomness;

namespace Twin.Model.Optimisation;

/// <summary>
/// A seeded compass (pattern) search, derivative-free, for noisy simulation objectives within box
/// bounds. From the incumbent it polls one step up and one step down along every lever (a batch,
/// so the cluster evaluates the poll at once), moves to the best poll point if it beats the
/// incumbent, and otherwise halves the steps. Integer levers round every point and stop halving
/// at a step of 1. A point already evaluated is answered from memory, at no cost to the budget.
/// It stops when every step is below its tolerance, or at the budget. On a smooth function it
/// converges to a local minimum (Torczon's pattern-search theory); noise is the caller's to tame
/// with replications and common random numbers. The seed only orders each poll, which decides
/// ties and which points are cut when the budget runs out, so a search is reproducible.
/// </summary>
public sealed class PatternSearch(IReadOnlyList<LeverRange> levers, long seed, double relativeTolerance = 1e-3)
{
    /// <summary>One evaluated point: its order, the poll it came from (0 = the start) and its value (lower is better).</summary>
    public sealed record Evaluation(int Index, int Poll, double[] Point, double Value);

    public sealed record Outcome(double[] Best, double BestValue, IReadOnlyList<Evaluation> Evaluations, bool Converged);

    /// <param name="evaluate">Values of a batch of points, in order; lower is better (NaN counts as worst).</param>
    /// <param name="start">Where to begin (default: the middle of every range).</param>
    /// <param name="deadline">Stop before starting a poll after this time (the time budget).</param>
    public async Task<Outcome> MinimiseAsync(Func<IReadOnlyList<double[]>, Task<double[]>> evaluate, int maxEvaluations,
        double[]? start = null, DateTimeOffset? deadline = null, CancellationToken cancellation = default)
    {
        if (levers.Count == 0) throw new ArgumentException("A search needs at least one lever.");
        if (maxEvaluations < 1) throw new ArgumentOutOfRangeException(nameof(maxEvaluations), "the budget must allow one evaluation");
        var random = RandomStreams.Create(seed, 0, "optimiser", "poll-order");
        var memory = new Dictionary<string, double>(StringComparer.Ordinal);
        var evaluations = new List<Evaluation>();
        var steps = levers.Select(l => l.Integer ? Math.Max(1, Math.Floor((l.Max - l.Min) / 4)) : (l.Max - l.Min) / 4).ToArray();
        var incumbent = levers.Select((l, i) => l.Snap(start?[i] ?? (l.Min + l.Max) / 2)).ToArray();

        async Task<double[]> Run(IReadOnlyList<double[]> points, int poll)
        {
            var fresh = points.Where(p => !memory.ContainsKey(Key(p))).DistinctBy(Key).ToArray();
            if (fresh.Length > 0)
            {
                var values = await evaluate(fresh);
                for (int i = 0; i < fresh.Length; i++)
                {
                    double v = double.IsNaN(values[i]) ? double.PositiveInfinity : values[i];
                    memory[Key(fresh[i])] = v;
                    evaluations.Add(new Evaluation(evaluations.Count, poll, fresh[i], v));
                }
            }
            return points.Select(p => memory[Key(p)]).ToArray();
        }

        double best = (await Run([incumbent], 0))[0];
        int pollNumber = 0;
        while (!Converged(steps))
        {
            cancellation.ThrowIfCancellationRequested();
            int left = maxEvaluations - evaluations.Count;
            if (left <= 0 || (deadline is { } d && DateTimeOffset.UtcNow >= d)) return new Outcome(incumbent, best, evaluations, false);
            pollNumber++;
            var poll = Poll(incumbent, steps, random);
            // Within the budget: points already known are free, of the new ones the first `left` in the seeded order.
            var affordable = poll.Where(p => memory.ContainsKey(Key(p))).Concat(poll.Where(p => !memory.ContainsKey(Key(p))).Take(left)).ToArray();
            var values = await Run(affordable, pollNumber);
            int winner = -1;
            for (int i = 0; i < values.Length; i++)
                if (values[i] < best && (winner < 0 || values[i] < values[winner])) winner = i;
            if (winner >= 0)
            {
                incumbent = affordable[winner];
                best = values[winner];
            }
            else
            {
                for (int i = 0; i < steps.Length; i++)
                    steps[i] = levers[i].Integer ? (steps[i] <= 1 ? 0 : Math.Floor(steps[i] / 2)) : steps[i] / 2;
            }
        }
        return new Outcome(incumbent, best, evaluations, true);
    }

    private double[][] Poll(double[] incumbent, double[] steps, StreamRandom random)
    {
        var points = new List<double[]>();
        for (int i = 0; i < levers.Count; i++)
        {
            if (steps[i] <= 0) continue;
            foreach (var sign in new[] { 1.0, -1.0 })
            {
                var p = (double[])incumbent.Clone();
                p[i] = levers[i].Snap(incumbent[i] + sign * steps[i]);
                if (p[i] != incumbent[i]) points.Add(p);
            }
        }
        // A seeded shuffle (Fisher-Yates): the order decides ties and which points a short budget leaves out.
        for (int i = points.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (points[i], points[j]) = (points[j], points[i]);
        }
        return points.ToArray();
    }

    private bool Converged(double[] steps)
    {
        for (int i = 0; i < steps.Length; i++)
        {
            double tolerance = levers[i].Integer ? 1 : Math.Max(1e-12, relativeTolerance * (levers[i].Max - levers[i].Min));
            if (levers[i].Integer ? steps[i] >= tolerance : steps[i] > tolerance) return false;
        }
        return true;
    }

    private static string Key(double[] point) => string.Join(";", point.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
}
