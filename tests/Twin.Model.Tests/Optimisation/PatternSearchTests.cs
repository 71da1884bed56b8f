using Twin.Model.Optimisation;

namespace Twin.Model.Tests.Optimisation;

public class PatternSearchTests
{
    private static Func<IReadOnlyList<double[]>, Task<double[]>> Batch(Func<double[], double> f) =>
        points => Task.FromResult(points.Select(f).ToArray());

    [Fact]
    public async Task A_shifted_bowl_is_minimised_to_within_the_tolerance()
    {
        var levers = new[] { new LeverRange("a", -10, 10, false), new LeverRange("b", -10, 10, false) };
        var outcome = await new PatternSearch(levers, seed: 1).MinimiseAsync(Batch(x => Math.Pow(x[0] - 3.3, 2) + 2 * Math.Pow(x[1] + 1.7, 2)), 500);
        Assert.True(outcome.Converged);
        Assert.Equal(3.3, outcome.Best[0], 1);
        Assert.Equal(-1.7, outcome.Best[1], 1);
    }

    [Fact]
    public async Task The_rosenbrock_valley_is_followed_towards_its_minimum()
    {
        var levers = new[] { new LeverRange("x", -2, 2, false), new LeverRange("y", -1, 3, false) };
        var outcome = await new PatternSearch(levers, seed: 7, relativeTolerance: 1e-6)
            .MinimiseAsync(Batch(p => Math.Pow(1 - p[0], 2) + 100 * Math.Pow(p[1] - p[0] * p[0], 2)), 20000);
        Assert.True(outcome.BestValue < 1e-2, $"f = {outcome.BestValue} at ({outcome.Best[0]}, {outcome.Best[1]})");
    }

    [Fact]
    public async Task Integer_levers_take_whole_values_and_find_the_integer_minimum()
    {
        var levers = new[] { new LeverRange("trains", 0, 20, true), new LeverRange("trucks", 0, 9, true) };
        var outcome = await new PatternSearch(levers, seed: 3)
            .MinimiseAsync(Batch(x => Math.Abs(x[0] - 13.4) + Math.Pow(x[1] - 2.2, 2)), 200);
        Assert.All(outcome.Evaluations, e => Assert.All(e.Point, v => Assert.Equal(Math.Round(v), v)));
        Assert.Equal([13.0, 2.0], outcome.Best);
        Assert.True(outcome.Converged);
    }

    [Fact]
    public async Task The_budget_bounds_the_evaluations_and_points_are_never_evaluated_twice()
    {
        var levers = new[] { new LeverRange("a", 0, 100, false), new LeverRange("b", 0, 100, false) };
        var outcome = await new PatternSearch(levers, seed: 5).MinimiseAsync(Batch(x => x[0] + x[1]), 9);
        Assert.Equal(9, outcome.Evaluations.Count);
        Assert.False(outcome.Converged);
        Assert.Equal(outcome.Evaluations.Count, outcome.Evaluations.Select(e => string.Join(",", e.Point)).Distinct().Count());
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_search()
    {
        var levers = new[] { new LeverRange("a", 0, 10, false), new LeverRange("b", 0, 10, true) };
        Func<double[], double> flat = x => Math.Floor(x[0]) + x[1] % 3; // ties everywhere: the seeded poll order decides
        var one = await new PatternSearch(levers, seed: 11).MinimiseAsync(Batch(flat), 30);
        var two = await new PatternSearch(levers, seed: 11).MinimiseAsync(Batch(flat), 30);
        Assert.Equal(one.Evaluations.Select(e => e.Point), two.Evaluations.Select(e => e.Point));
    }
}
