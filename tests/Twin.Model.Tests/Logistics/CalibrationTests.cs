using Twin.Model.Logistics;
using Twin.Model.Statistics;
using Twin.Model.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Logistics;

/// <summary>The baseline reproduces the calibration figures of docs/zone.md within ±15%, over 20 seeds.</summary>
public sealed class CalibrationTests(ITestOutputHelper output)
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
        Report("trains a week", figures.Select(f => f.TrainsPerWeek));
        Report("TEU a train", figures.Select(f => f.TeuPerTrain));
        Report("TIR trucks a year", figures.Select(f => f.TirTrucksPerYear));
        Assert.InRange(trains, 13 * 0.85, 13 * 1.15);
        Assert.InRange(teu, 104 * 0.85, 104 * 1.15);
        Assert.InRange(tir, 480 * 0.85, 480 * 1.15);
    }

    private void Report(string figure, IEnumerable<double> values)
    {
        var s = Summary.Of(values.ToArray());
        output.WriteLine($"{figure}: {s.Mean:F1} [{s.Lower:F1}, {s.Upper:F1}] (20 seeds)");
    }
}
