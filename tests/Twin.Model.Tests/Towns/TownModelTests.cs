using System.Text.Json.Nodes;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;
using Twin.Model.Towns;

namespace Twin.Model.Tests.Towns;

public class TownModelTests
{
    private static TownModel Create(Scenario scenario, string town, long seed = 42)
    {
        var directory = EntityCatalog.DirectoryOf(scenario);
        return new TownModel(new EntitySetup(scenario, directory[directory.IndexOf(town)], directory, seed, 0));
    }

    private static double[] Step(TownModel town, int day, bool closed = false)
    {
        var kpis = new double[town.KpiNames.Count];
        town.Step(new StepContext(day, new DateOnly(2025, 1, 1).AddDays(day), closed), [], new Outbox(), kpis);
        return kpis;
    }

    /// <summary>Every sector calm: no shocks, no births or exits, no demand growth.</summary>
    private static void Calm(JsonObject root, double productivityGrowth)
    {
        foreach (var (_, sector) in root["sectors"]!.AsObject())
        {
            sector!["demandVolatility"] = 0;
            sector["birthsPerFirmYear"] = 0;
            sector["exitsPerFirmYear"] = 0;
            sector["demandGrowthPerYear"] = 0;
            sector["productivityGrowthPerYear"] = productivityGrowth;
        }
    }

    [Fact]
    public void With_zero_shocks_output_equals_the_closed_form_expectation()
    {
        const double growth = 0.05;
        var scenario = ScenarioText.Valid(root => Calm(root, growth));
        var town = Create(scenario, "cosmoplat");
        var spec = scenario.Sectors;
        double factor = scenario.Towns.Single(t => t.Id == "cosmoplat").ProductivityFactor;
        // Output = sum over firms of workers x productivity, productivity compounding daily.
        double dayZero = 0;
        foreach (ref readonly var firm in town.Firms)
            dayZero += firm.Workers * firm.RelativeProductivity * spec[firm.Sector].Productivity * factor;
        double daily = Math.Pow(1 + growth, 1 / 365.0);
        for (int day = 0; day < 100; day++)
        {
            var kpis = Step(town, day);
            double expected = dayZero * Math.Pow(daily, day + 1);
            Assert.Equal(expected, kpis[TownKpis.Output], expected * 1e-9);
        }
    }

    [Fact]
    public void Shocks_move_output_around_its_expectation_but_not_its_mean()
    {
        var calm = Create(ScenarioText.Valid(root => Calm(root, 0)), "banqiao");
        var shocked = Create(ScenarioText.Valid(root =>
        {
            Calm(root, 0);
            foreach (var (_, sector) in root["sectors"]!.AsObject()) { sector!["demandVolatility"] = 0.2; sector["firingSpeed"] = 0; sector["hiringSpeed"] = 0; }
        }), "banqiao");
        double calmOutput = Step(calm, 0)[TownKpis.Output];
        var days = Enumerable.Range(0, 60).Select(d => Step(shocked, d)[TownKpis.Output]).ToArray();
        Assert.True(days.Distinct().Count() > 50, "shocks should make output vary from day to day");
        // Output = min(workers, demand): shocks with mean 1 can only lose output against capacity.
        Assert.True(days.Average() < calmOutput);
        Assert.True(days.Average() > 0.8 * calmOutput);
    }

    [Fact]
    public void Labour_and_firm_counts_never_go_negative_even_in_a_collapse()
    {
        var scenario = ScenarioText.Valid(root =>
        {
            foreach (var (_, sector) in root["sectors"]!.AsObject())
            {
                sector!["exitsPerFirmYear"] = 1;
                sector["demandGrowthPerYear"] = -0.9;
                sector["demandVolatility"] = 1.5;
                sector["firingSpeed"] = 1;
                sector["hiringSpeed"] = 1;
                sector["birthsPerFirmYear"] = 2;
            }
            foreach (var town in root["towns"]!.AsArray()) town!["populationGrowthPerYear"] = -0.5;
        });
        foreach (var id in scenario.Towns.Select(t => t.Id))
        {
            var town = Create(scenario, id, seed: 9);
            for (int day = 0; day < 365; day++)
            {
                var kpis = Step(town, day, closed: day % 50 == 0);
                Assert.True(kpis[TownKpis.Jobs] >= 0 && kpis[TownKpis.Firms] >= 0 && kpis[TownKpis.LabourForce] >= 0);
                int workers = 0;
                foreach (ref readonly var firm in town.Firms)
                {
                    Assert.True(firm.Workers >= 0, $"{id} day {day}: a firm has {firm.Workers} workers");
                    workers += firm.Workers;
                }
                Assert.Equal(workers, town.Jobs);
            }
        }
    }

    [Fact]
    public void Hiring_never_takes_jobs_above_the_labour_force()
    {
        // Demand far above what the labour force can staff: firms compete for too few workers.
        var scenario = ScenarioText.Valid(root =>
        {
            foreach (var (_, sector) in root["sectors"]!.AsObject()) { sector!["demandGrowthPerYear"] = 5; sector["hiringSpeed"] = 1; }
        });
        var town = Create(scenario, "hub-port");
        for (int day = 0; day < 200; day++)
        {
            var kpis = Step(town, day);
            Assert.True(kpis[TownKpis.Jobs] <= kpis[TownKpis.LabourForce], $"day {day}: {kpis[TownKpis.Jobs]} jobs > {kpis[TownKpis.LabourForce]} labour force");
        }
    }

    [Fact]
    public void Firms_are_born_and_exit_at_their_sectors_rates()
    {
        var scenario = BuiltInScenarios.Baseline();
        var series = new SequentialRunner(scenario, 1, 0, 365).Run().Where(s => s.Kind == TownKind.Name).ToArray();
        double births = series.Sum(s => s.Sum("firm_births")), exits = series.Sum(s => s.Sum("firm_exits"));
        // Expected per year: the sum over towns and sectors of firms x rate (firm counts drift little in a year).
        double expectedBirths = scenario.Towns.Sum(t => Sectors.All.Sum(s => t.Firms[s] * scenario.Sectors[s].BirthsPerFirmYear));
        double expectedExits = scenario.Towns.Sum(t => Sectors.All.Sum(s => t.Firms[s] * scenario.Sectors[s].ExitsPerFirmYear));
        Assert.InRange(births, 0.85 * expectedBirths, 1.2 * expectedBirths);
        Assert.InRange(exits, 0.85 * expectedExits, 1.15 * expectedExits);
    }
}
