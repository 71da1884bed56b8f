using Twin.Model.Optimisation;
using Twin.Model.Statistics;

namespace Twin.Model.Tests.Optimisation;

public class SelectionTests
{
    [Fact]
    public void A_clearly_better_candidate_wins_with_the_stated_joint_confidence()
    {
        // Common random numbers: the same noise per replication in every candidate, so pairs cancel it.
        var noise = new[] { 5.0, -3, 8, -6, 1, 4, -2, 0, 7, -5 };
        var selection = RankingAndSelection.Select(
        [
            (1, noise.Select(n => 12 + n).ToArray()),
            (2, noise.Select((n, i) => 10 + n + (i % 2 == 0 ? 0.1 : -0.1)).ToArray()),
            (3, noise.Select(n => 11 + n).ToArray()),
        ], 0.95);
        Assert.Equal(2, selection.Winner);
        Assert.True(selection.Separated);
        Assert.Equal(1 - 0.05 / 2, selection.PerComparisonConfidence, 12);
    }

    [Fact]
    public void Candidates_within_the_noise_of_each_other_are_not_separated()
    {
        var selection = RankingAndSelection.Select(
        [
            (1, [10, 12, 9, 11, 13, 8]),
            (2, [11, 10, 12, 9, 10, 12]),
        ], 0.95);
        Assert.False(selection.Separated);
    }

    [Fact]
    public void A_constraint_holds_only_when_its_one_sided_bound_is_inside_the_limit()
    {
        var constraint = new ConstraintSpec { Entity = "rail-moscow", Kpi = "backlog_teu", Max = 10, Confidence = 0.95 };
        var values = new[] { 8.0, 9, 9.5, 8.5, 9.2 };
        var check = CandidateScore.Check(constraint, values);
        // One-sided 95%: mean + t(0.95, 4) s / √n.
        var summary = Summary.Of(values, 0.90);
        Assert.Equal(summary.Upper, check.Bound, 12);
        Assert.True(check.Holds);
        Assert.False(CandidateScore.Check(new ConstraintSpec { Entity = "x", Kpi = "y", Max = 9.3, Confidence = 0.95 }, values).Holds);
        Assert.True(CandidateScore.Score(5, true, [check]) < CandidateScore.Score(-1e9, true,
            [CandidateScore.Check(new ConstraintSpec { Entity = "x", Kpi = "y", Max = 9.3 }, values)]));
    }
}
