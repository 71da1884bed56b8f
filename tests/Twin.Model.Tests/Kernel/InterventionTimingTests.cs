using System.Text.Json;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Kernel;

public class InterventionTimingTests
{
    private const int Days = 40;

    private static Scenario Baseline(params InterventionSpec[] interventions)
    {
        var node = ScenarioPatcher.ToNode(BuiltInScenarios.Baseline());
        node["days"] = Days;
        node["interventions"] = JsonSerializer.SerializeToNode(interventions, ScenarioJson.Options);
        var result = ScenarioLoader.Load(node.ToJsonString());
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    private static KpiSeries Town(IReadOnlyList<KpiSeries> series, string id) => series.Single(s => s.EntityId == id);

    private static IReadOnlyList<KpiSeries> Run(Scenario scenario) => new SequentialRunner(scenario, 42, 0, Days).Run();

    [Fact]
    public void A_set_changes_the_parameter_exactly_from_its_day()
    {
        var baseline = Run(Baseline());
        var whatIf = Run(Baseline(new InterventionSpec { Day = 15, Set = "towns/cosmoplat/productivityFactor", To = JsonSerializer.SerializeToElement(2.2) }));
        var before = Town(baseline, "cosmoplat").Series("output_cny");
        var after = Town(whatIf, "cosmoplat").Series("output_cny");
        for (int day = 0; day < 15; day++) Assert.Equal(before[day], after[day]);
        // Same workers and same demand draws: the factor goes from 1.1 to 2.2, so output doubles on day 15 itself.
        Assert.Equal(2 * before[15], after[15], 6);
        // The lever reaches the town it names; the others only through the zone. The first to arrive is the
        // service their exports share: cosmoplat's orders reach the order desks on day 16 and the desks' service
        // factors the towns on day 17 (through the markets: hedger's orders 16, close 17, airport's costs 18).
        int width = Town(baseline, "airport").Names.Count;
        Assert.Equal(Town(baseline, "airport").Values[..(17 * width)], Town(whatIf, "airport").Values[..(17 * width)]);
    }

    [Fact]
    public void A_scale_on_a_shared_section_reaches_every_town_from_its_day()
    {
        var baseline = Run(Baseline());
        var whatIf = Run(Baseline(new InterventionSpec { Day = 20, Scale = "sectors/manufacturing/exportPropensity", By = 1.5 }));
        foreach (var town in baseline.Where(s => s.Kind == Twin.Model.Towns.TownKind.Name).Select(s => s.EntityId))
        {
            var before = Town(baseline, town).Series("export_value_cny");
            var after = Town(whatIf, town).Series("export_value_cny");
            for (int day = 0; day < 20; day++) Assert.Equal(before[day], after[day]);
            Assert.True(after[20] > before[20], $"{town}: exports should rise on day 20");
        }
    }

    [Fact]
    public void A_close_takes_the_entity_out_for_exactly_its_days()
    {
        var whatIf = Run(Baseline(new InterventionSpec { Day = 10, Close = "towns/banqiao", Days = 5 }));
        var town = Town(whatIf, "banqiao");
        var closed = town.Series("closed");
        var output = town.Series("output_cny");
        for (int day = 0; day < Days; day++)
        {
            bool inWindow = day is >= 10 and < 15;
            Assert.Equal(inWindow ? 1.0 : 0.0, closed[day]);
            Assert.Equal(inWindow, output[day] == 0);
        }
        Assert.All(whatIf.Where(s => s.EntityId != "banqiao"), s => Assert.All(s.Series("closed"), v => Assert.Equal(0.0, v)));
    }
}
