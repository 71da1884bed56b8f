using Twin.Model.Randomness;
using Twin.Model.Scenarios;
using Twin.Model.Studies;

namespace Twin.Model.Tests.Studies;

public class SweepTests
{
    [Fact]
    public void An_axis_parses_grid_and_range_forms()
    {
        Assert.True(SweepAxis.TryParse("towns/airport/labourForceShare=0.5..0.6:0.05", out var grid, out _));
        Assert.Equal([0.5, 0.55, 0.6], grid!.GridPoints());
        Assert.True(SweepAxis.TryParse("sectors/ecommerce/exportPropensity=0.2..0.4", out var range, out _));
        Assert.Null(range!.Step);
    }

    [Theory]
    [InlineData("towns/airport/labourForceShare", "is not PATH=FROM..TO")]
    [InlineData("x=1..a", "FROM and TO must be numbers")]
    [InlineData("x=1..2:0", "STEP must be a number > 0")]
    [InlineData("x=3..2:1", "TO must not be below FROM")]
    public void A_bad_axis_says_what_is_wrong(string text, string expected)
    {
        Assert.False(SweepAxis.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void A_grid_has_one_point_per_combination_with_the_values_set()
    {
        SweepAxis.TryParse("towns/airport/labourForceShare=0.5..0.6:0.05", out var a, out _);
        SweepAxis.TryParse("sectors/ecommerce/exportPropensity=0.2..0.3:0.1", out var b, out _);
        var points = SweepPlanner.Grid(BuiltInScenarios.Baseline(), [a!, b!]);
        Assert.Equal(6, points.Count);
        Assert.Equal(6, points.Select(p => p.Label).Distinct().Count());
        var last = points[^1];
        Assert.Equal(0.6, last.Scenario.Towns.Single(t => t.Id == "airport").LabourForceShare);
        Assert.Equal(0.3, last.Scenario.Sectors.Ecommerce.ExportPropensity);
    }

    [Fact]
    public void Latin_hypercube_samples_use_every_stratum_of_every_axis_once()
    {
        var points = LatinHypercube.UnitSamples(8, 3, new StreamRandom(5));
        for (int axis = 0; axis < 3; axis++)
            Assert.Equal(Enumerable.Range(0, 8), points.Select(p => (int)(p[axis] * 8)).Order());
    }

    [Fact]
    public void Samples_are_reproducible_from_the_seed_and_whole_numbers_stay_whole()
    {
        SweepAxis.TryParse("towns/cosmoplat/firms/manufacturing=300..400", out var firms, out _);
        SweepAxis.TryParse("sectors/manufacturing/exportPropensity=0.1..0.2", out var share, out _);
        var first = SweepPlanner.Samples(BuiltInScenarios.Baseline(), [firms!, share!], 5, seed: 42);
        var again = SweepPlanner.Samples(BuiltInScenarios.Baseline(), [firms!, share!], 5, seed: 42);
        Assert.Equal(first.Select(p => p.Label), again.Select(p => p.Label));
        Assert.All(first, p => Assert.Equal(Math.Round(p.Parameters[firms!.Path]), p.Parameters[firms.Path]));
        Assert.All(first, p => Assert.InRange(p.Parameters[share!.Path], 0.1, 0.2));
    }

    [Fact]
    public void A_sweep_value_out_of_range_is_reported_before_anything_runs()
    {
        SweepAxis.TryParse("towns/airport/labourForceShare=0.9..1.2:0.1", out var axis, out _);
        var error = Assert.Throws<SweepException>(() => SweepPlanner.Grid(BuiltInScenarios.Baseline(), [axis!]));
        Assert.Contains(error.Problems, p => p.ToString().Contains("towns[1].labourForceShare: must be <= 1"));
    }
}
