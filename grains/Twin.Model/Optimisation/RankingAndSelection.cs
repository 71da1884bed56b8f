using Twin.Model.Statistics;

namespace Twin.Model.Optimisation;

/// <summary>
/// The last step of an optimisation: among the finalists (the best feasible candidates found),
/// the one with the best mean is compared with each other finalist on paired differences per
/// replication (common random numbers make the pairs). Each interval is at confidence
/// 1 − α/(k − 1) (Bonferroni), so all of them hold together with confidence at least 1 − α; the
/// winner is better than a rival "with confidence" when its interval excludes zero on the good side.
/// </summary>
public static class RankingAndSelection
{
    /// <param name="Difference">Rival minus winner, in "lower is better" terms: positive means the winner is better.</param>
    public sealed record Rival(int Candidate, Summary Difference, bool WinnerBetter);

    public sealed record Selection(int Winner, IReadOnlyList<Rival> Rivals, double JointConfidence, double PerComparisonConfidence)
    {
        /// <summary>The winner beats every other finalist, all comparisons holding together at <see cref="JointConfidence"/>.</summary>
        public bool Separated => Rivals.All(r => r.WinnerBetter);
    }

    /// <param name="finalists">Each candidate's id and its objective per replication, already in "lower is better" terms, replications in the same order.</param>
    public static Selection Select(IReadOnlyList<(int Candidate, double[] Values)> finalists, double confidence)
    {
        if (finalists.Count == 0) throw new ArgumentException("Ranking needs at least one finalist.");
        var ordered = finalists.OrderBy(f => Mean(f.Values)).ThenBy(f => f.Candidate).ToArray();
        var winner = ordered[0];
        int comparisons = Math.Max(1, ordered.Length - 1);
        double each = 1 - (1 - confidence) / comparisons;
        var rivals = new List<Rival>();
        foreach (var rival in ordered.Skip(1))
        {
            var differences = rival.Values.Zip(winner.Values, (r, w) => r - w).ToArray();
            var summary = Summary.Of(differences, each);
            // Differences without noise (an objective such as the levers' sum) have no spread: their sign is the answer.
            bool better = summary.Count >= 2 && summary.StandardDeviation == 0 ? summary.Mean > 0 : summary.Lower > 0;
            rivals.Add(new Rival(rival.Candidate, summary, better));
        }
        return new Selection(winner.Candidate, rivals, confidence, each);
    }

    private static double Mean(double[] values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? double.PositiveInfinity : finite.Average();
    }
}
