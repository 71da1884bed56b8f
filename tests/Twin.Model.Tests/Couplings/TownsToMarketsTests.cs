using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Couplings;

/// <summary>The consumer members hedging for a town size their hedges by the town's use of each commodity.</summary>
public sealed class TownsToMarketsTests
{
    private const int Days = 100;

    [Fact]
    public void A_town_that_produces_more_makes_its_hedger_hold_more()
    {
        var baseline = new SequentialRunner(TestScenarios.With(TestScenarios.Baseline(), Days), 42, 0, Days).Run();
        // From day 20 cosmoplat's firms make half as much again per worker: more output, more copper, oil and power used.
        var busier = new SequentialRunner(TestScenarios.With(TestScenarios.Baseline(), Days,
            new InterventionSpec { Day = 20, Scale = "towns/cosmoplat/productivityFactor", By = 1.5 }), 42, 0, Days).Run();
        var window = new KpiWindow(60, Days - 1);
        foreach (var market in new[] { "copper", "aluminium", "crude-oil" })
        {
            double before = Position(baseline, market, window), after = Position(busier, market, window);
            Assert.True(after > 1.25 * before, $"cosmoplat-industry's {market} hedge: {before:F0} lots in the baseline, {after:F0} when the town produces half as much again");
        }
        // Another town's hedger follows its own town, which did not change much.
        double other = Position(baseline, "crude-oil", window, "airport-utility"), otherAfter = Position(busier, "crude-oil", window, "airport-utility");
        Assert.True(Math.Abs(otherAfter - other) < 0.1 * other, $"airport-utility's hedge moved from {other:F0} to {otherAfter:F0} lots");
    }

    private static double Position(IReadOnlyList<KpiSeries> run, string market, KpiWindow window, string member = "cosmoplat-industry")
    {
        var series = run.Single(s => s.EntityId == member);
        var positions = series.Series("position_" + market)[window.From..(window.To + 1)];
        return positions.Average();
    }
}
