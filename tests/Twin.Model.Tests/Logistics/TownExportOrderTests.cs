using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;
using Twin.Model.Towns;

namespace Twin.Model.Tests.Logistics;

public sealed class TownExportOrderTests
{
    private static (TownModel Town, EntityDirectory Directory, Scenario Scenario) Build()
    {
        var scenario = TestScenarios.Baseline();
        var directory = EntityCatalog.DirectoryOf(scenario);
        var town = new TownModel(new EntitySetup(scenario, directory[directory.IndexOf("cosmoplat")], directory, 5, 0));
        return (town, directory, scenario);
    }

    private static (ExportOrder[] Orders, double ExportValue) Step(TownModel town, int day) => StepMessages(town, day) is var (m, v)
        ? (m.Select(x => ExportOrderCodec.Read(x)).ToArray(), v)
        : default;

    private static (Message[] Orders, double ExportValue) StepMessages(TownModel town, int day)
    {
        var outbox = new Outbox();
        outbox.Begin(0);
        var kpis = new double[town.KpiNames.Count];
        town.Step(new StepContext(day, new DateOnly(2025, 1, 1).AddDays(day), false), [], outbox, kpis);
        return (outbox.Messages.ToArray().Where(m => m.Kind == MessageKind.ExportOrder).ToArray(), kpis[TownKpis.ExportValue]);
    }

    [Fact]
    public void A_towns_orders_add_up_to_its_exports_and_follow_the_country_shares()
    {
        var (town, directory, scenario) = Build();
        var (orders, exportValue) = Step(town, 0);
        Assert.Equal(exportValue, orders.Sum(o => o.Value), 6);
        double russia = orders.Where(o => o.Country == 0).Sum(o => o.Value) / exportValue;
        Assert.Equal(scenario.Countries[0].ExportShare / scenario.Countries.Sum(c => c.ExportShare), russia, 9);
        Assert.Contains(orders, o => o.Goods == GoodsClass.Perishable);
        Assert.Contains(orders, o => o.Goods == GoodsClass.Ecommerce);
        var (messages, _) = StepMessages(town, 1);
        int consolidation = directory.IndexOf("ecom-consolidation"), hub = directory.IndexOf("multimodal-hub");
        Assert.All(messages, m => Assert.Equal(ExportOrderCodec.Read(m).Goods == GoodsClass.Ecommerce ? consolidation : hub, m.To));
    }

    [Fact]
    public void An_export_demand_multiplier_raises_exports_to_that_country_and_defaults_to_one()
    {
        var (baseline, _, scenario) = Build();
        var (boosted, _, _) = Build();
        int kazakhstan = scenario.Countries.ToList().FindIndex(c => c.Id == "kazakhstan");
        Assert.All(Enumerable.Range(0, scenario.Countries.Count), c => Assert.Equal(1.0, baseline.ExportDemandMultiplier(c)));
        boosted.SetExportDemandMultiplier(kazakhstan, 2.0);

        var (before, totalBefore) = Step(baseline, 0);
        var (after, totalAfter) = Step(boosted, 0);
        double toKazakhstanBefore = before.Where(o => o.Country == kazakhstan).Sum(o => o.Value);
        double toKazakhstanAfter = after.Where(o => o.Country == kazakhstan).Sum(o => o.Value);
        Assert.True(totalAfter > totalBefore, "the town exports more in all");
        Assert.True(toKazakhstanAfter > 1.8 * toKazakhstanBefore, $"{toKazakhstanAfter} vs {toKazakhstanBefore}");
        Assert.Equal(totalAfter, after.Sum(o => o.Value), 6);
        Assert.Throws<ArgumentOutOfRangeException>(() => boosted.SetExportDemandMultiplier(kazakhstan, -1));
    }

    [Fact]
    public void The_multiplier_survives_a_checkpoint()
    {
        var (town, _, _) = Build();
        town.SetExportDemandMultiplier(3, 1.5);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) town.WriteState(writer);
        var (restored, _, _) = Build();
        stream.Position = 0;
        using (var reader = new BinaryReader(stream)) restored.ReadState(reader);
        Assert.Equal(1.5, restored.ExportDemandMultiplier(3));
        Assert.Equal(Step(town, 0).ExportValue, Step(restored, 0).ExportValue);
    }
}
