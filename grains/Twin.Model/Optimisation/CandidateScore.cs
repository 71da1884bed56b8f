using Twin.Model.Statistics;

namespace Twin.Model.Optimisation;

/// <summary>A constraint's values across replications and whether its bound holds with its confidence.</summary>
public sealed record ConstraintResult(ConstraintSpec Constraint, Summary Summary, double Bound, bool Holds, double Violation);

/// <summary>
/// How the search scores a candidate: its objective (negated for a maximisation, so lower is
/// better) when every constraint holds; otherwise a large penalty that grows with the relative
/// violations, so infeasible candidates rank after every feasible one and the search is still led towards feasibility.
/// </summary>
public static class CandidateScore
{
    /// <summary>Above any objective the twin produces: an infeasible candidate scores this times (1 + its relative violations).</summary>
    public const double InfeasiblePenalty = 1e15;

    /// <summary>The constraint's one-sided bound at its confidence (the two-sided interval at 2c − 1 has it as its edge) and whether it is inside the limit.</summary>
    public static ConstraintResult Check(ConstraintSpec constraint, IReadOnlyList<double> values)
    {
        var summary = Summary.Of(values, 2 * constraint.Confidence - 1);
        double upper = summary.Count >= 2 ? summary.Upper : summary.Mean, lower = summary.Count >= 2 ? summary.Lower : summary.Mean;
        double violation = 0, bound = double.NaN;
        if (constraint.Max is { } max)
        {
            bound = upper;
            violation += double.IsFinite(upper) ? Math.Max(0, upper - max) / Math.Max(Math.Abs(max), 1e-9) : 1;
        }
        if (constraint.Min is { } min)
        {
            bound = constraint.Max is null ? lower : bound;
            violation += double.IsFinite(lower) ? Math.Max(0, min - lower) / Math.Max(Math.Abs(min), 1e-9) : 1;
        }
        return new ConstraintResult(constraint, summary, bound, violation == 0, violation);
    }

    public static double Score(double objectiveMean, bool minimise, IReadOnlyList<ConstraintResult> constraints)
    {
        double violation = constraints.Sum(c => c.Violation);
        if (violation > 0) return InfeasiblePenalty * (1 + violation);
        return double.IsFinite(objectiveMean) ? (minimise ? objectiveMean : -objectiveMean) : InfeasiblePenalty;
    }
}
