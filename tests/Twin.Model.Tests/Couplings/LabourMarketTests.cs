using System.Text.Json;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Couplings;

/// <summary>Jobs follow demand both ways: no ratchet pins unemployment at its floor.</summary>
public sealed class LabourMarketTests
{
    private const int Days = 150;
    private static readonly KpiWindow LastDay = new(Days - 1, Days - 1);

    private static Scenario ManufacturingDemandGrowth(double perYear) => TestScenarios.With(TestScenarios.Baseline(), Days,
        new InterventionSpec { Day = 0, Set = "sectors/manufacturing/demandGrowthPerYear", To = JsonSerializer.SerializeToElement(perYear) });

    [Theory]
    [InlineData(0.5, +1)]
    [InlineData(-0.4, -1)]
    public void A_demand_growth_what_if_moves_jobs_its_way_with_an_interval_that_excludes_zero(double growth, int sign)
    {
        var runs = PairedRuns.Of(TestScenarios.With(TestScenarios.Baseline(), Days), ManufacturingDemandGrowth(growth), replications: 8, Days);
        var jobs = runs.Compare("cosmoplat", "jobs", LastDay);
        var d = jobs.Difference;
        Assert.True(sign > 0 ? d.Lower > 0 : d.Upper < 0, $"manufacturing demand growth {growth:P0}: cosmoplat jobs {d.Mean:+0;-0}, CI [{d.Lower:F0}, {d.Upper:F0}]");
        var unemployment = runs.Compare("cosmoplat", "unemployment_rate", LastDay).Difference;
        Assert.True(sign > 0 ? unemployment.Upper < 0 : unemployment.Lower > 0, $"unemployment moves against jobs: {unemployment.Mean:+0.000;-0.000}");
    }
}
