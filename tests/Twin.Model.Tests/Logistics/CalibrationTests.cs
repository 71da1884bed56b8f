using Twin.Model.Logistics;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Logistics;

/// <summary>The baseline reproduces the calibration figures of zone-facts.md within ±15%, over 20 seeds.</summary>
public sealed class CalibrationTests
{
    [Fact]
    public void The_baseline_runs_about_13_trains_a_week_of_about_104_TEU_and_about_480_TIR_trucks_a_year()
    {
        var scenario = TestScenarios.Baseline();
        var figures = Enumerable.Range(1, 20)
            .Select(seed => LogisticsFigures.From(scenario, LogisticsRuns.Run(scenario, seed, 365)))
            .ToArray();
        double trains = figures.Average(f => f.TrainsPerWeek);
        double teu = figures.Average(f => f.TeuPerTrain);
        double tir = figures.Average(f => f.TirTrucksPerYear);
        Assert.InRange(trains, 13 * 0.85, 13 * 1.15);
        Assert.InRange(teu, 104 * 0.85, 104 * 1.15);
        Assert.InRange(tir, 480 * 0.85, 480 * 1.15);
    }
}
