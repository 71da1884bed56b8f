using System.Globalization;
using MathNet.Numerics.Distributions;
using Twin.Client.Calibration;
using Twin.Client.Studies;
using Twin.Grains.Tests.Support;
using Twin.Model.Optimisation;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;
using Twin.Model.Studies;
using Twin.Testing;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class CalibrateTests(ClusterFixture cluster)
{
    private const int Days = 20;
    private const double TrueProductivity = 1.2;

    [Fact]
    public async Task Calibration_recovers_a_known_productivity_from_noisy_observations_within_its_interval()
    {
        // "Observations": the twin itself with a known productivity, on a seed the calibration never uses, plus 2 % noise.
        var baseline = ScenarioLoader.LoadFile(Repository.Path("scenarios", "baseline.json")).Scenario!;
        var truth = SweepPlanner.Grid(baseline, [new SweepAxis("towns/airport/productivityFactor", TrueProductivity, TrueProductivity, 1)]).Single().Scenario;
        var run = await Runs.RunAsync(cluster.Grains, truth, seed: 777, days: Days);
        var output = run.Series.Single(s => s.EntityId == "airport").Series("output_cny");
        double noise = 0.02 * output.Average();
        var random = RandomStreams.Create(777, 0, "test", "observation-noise");
        using var folder = new TempFolder("twin-calibrate-");
        var lines = new List<string> { "day,entity,kpi,value" };
        for (int day = 0; day < Days; day++)
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{day},airport,output_cny,{output[day] + Normal.Sample(random, 0, noise):F1}"));
        File.WriteAllLines(folder.PathOf("actuals.csv"), lines);
        var spec = $$"""
            {
              "scenario": "{{Repository.Path("scenarios", "baseline.json")}}",
              "actuals": "actuals.csv",
              "parameters": [ { "path": "towns/airport/productivityFactor", "min": 0.6, "max": 1.8 } ],
              "series": [ { "entity": "airport", "kpi": "output_cny", "noise": {{noise.ToString(CultureInfo.InvariantCulture)}} } ],
              "budget": { "evaluations": 14 },
              "replications": 3,
              "days": {{Days}}
            }
            """;
        var plan = CalibrationPlan.Parse(spec, "test.json", folder.Path);
        var result = await new TwinClient(cluster.Grains).CalibrateAsync(plan);

        var fitted = result.Parameters.Single();
        Assert.True(double.IsFinite(fitted.StandardError) && fitted.StandardError < 0.2, $"standard error {fitted.StandardError}");
        Assert.True(fitted.Lower <= TrueProductivity && TrueProductivity <= fitted.Upper,
            $"fitted {fitted.Value:F3} ± {fitted.StandardError:F3}: [{fitted.Lower:F3}, {fitted.Upper:F3}] misses {TrueProductivity}");
        Assert.Equal(Days, result.Fit.Count);
        var png = CalibrationFiles.WriteFitPng(result, folder.PathOf("fit.png"));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(png)[..4]);
    }

    [Fact]
    public void A_bad_actuals_file_names_the_line_and_the_column()
    {
        using var folder = new TempFolder("twin-calibrate-");
        File.WriteAllLines(folder.PathOf("actuals.csv"), ["day,entity,kpi,value", "3,rail-moscow,in_transit_teu,abc", "-1,rail-moscow,in_transit_teu,4", "5,nowhere,in_transit_teu,4"]);
        var spec = $$"""
            { "scenario": "{{Repository.Path("scenarios", "baseline.json")}}", "actuals": "actuals.csv",
              "parameters": [ { "path": "routes/rail-moscow/transitDays", "min": 12, "max": 20 } ] }
            """;
        var e = Assert.Throws<SpecInvalidException>(() => CalibrationPlan.Parse(spec, "test.json", folder.Path));
        Assert.Contains(e.Problems, p => p.Path == "actuals line 2: value");
        Assert.Contains(e.Problems, p => p.Path == "actuals line 3: day");
        Assert.Contains(e.Problems, p => p.Path.StartsWith("actuals (nowhere", StringComparison.Ordinal) && p.Path.EndsWith(".entity", StringComparison.Ordinal));
    }
}
