using Twin.Model.Optimisation;
using Twin.Model.Statistics;

namespace Twin.Client.Optimisation;

/// <summary>One evaluated candidate: its lever values, its objective and constraints across replications, and its score in the search.</summary>
/// <param name="Poll">The search's poll that proposed it (0: the start).</param>
/// <param name="ObjectiveValues">The objective per replication, in replication order (the pairs of the final ranking).</param>
/// <param name="StudyId">The study that ran it (with the others of its poll).</param>
public sealed record OptimisationCandidate(int Index, int Poll, IReadOnlyDictionary<string, double> Levers, Summary Objective,
    double[] ObjectiveValues, IReadOnlyList<ConstraintResult> Constraints, bool Feasible, double Score, string StudyId);

/// <summary>What an optimisation found and how.</summary>
/// <param name="Best">The winner of the final ranking; null when no candidate met every constraint.</param>
/// <param name="Selection">The final ranking among the best feasible candidates (indices into <paramref name="Candidates"/>).</param>
/// <param name="Converged">The search stopped because its steps shrank below their tolerance, not at the budget.</param>
/// <param name="Runs">Simulation runs the candidates asked for; <paramref name="RunsFromCache"/> of them were already in the result cache.</param>
public sealed record OptimisationResult(string Objective, OptimisationCandidate? Best, IReadOnlyList<OptimisationCandidate> Candidates,
    RankingAndSelection.Selection? Selection, bool Converged, int Runs, int RunsFromCache, int Replications, double Seconds)
{
    public int Evaluations => Candidates.Count;
}
