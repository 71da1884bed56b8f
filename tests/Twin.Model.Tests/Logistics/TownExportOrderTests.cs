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

    private static (ExportOrder[] Orders, double ExportValue) Step(TownModel town, int day) => StepMessages(town, day) is var (m, kpis)
        ? (m.Select(x => ExportOrderCodec.Read(x)).ToArray(), kpis[TownKpis.ExportValue])
        : default;

    private static (Message[] Orders, double[] Kpis) StepMessages(TownModel town, int day, params Message[] inbox)
    {
        var outbox = new Outbox();
        outbox.Begin(0);
        var kpis = new double[town.KpiNames.Count];
        town.Step(new StepContext(day, new DateOnly(2025, 1, 1).AddDays(day), false), inbox, outbox, kpis);
        return (outbox.Messages.ToArray().Where(m => m.Kind == MessageKind.ExportOrder).ToArray(), kpis);
    }

    /// <summary>A day with a desk's service factor for one country and goods class in the inbox.</summary>
    private static (ExportOrder[] Orders, double[] Kpis) StepServed(TownModel town, int day, int country, GoodsClass goods, double factor) =>
        StepMessages(town, day, new Message(0, 0, 0, MessageKind.ServiceFactor, country, (int)goods, D0: factor)) is var (m, kpis)
            ? (m.Select(x => ExportOrderCodec.Read(x)).ToArray(), kpis)
            : default;

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

    [Fact]
    public void A_lower_service_factor_lowers_the_towns_exports_to_that_country_and_counts_the_orders_lost()
    {
        var (plain, _, _) = Build();
        var (served, _, _) = Build();
        var (before, kpisBefore) = StepServed(plain, 0, 0, GoodsClass.General, 1.0);
        var (after, kpis) = StepServed(served, 0, 0, GoodsClass.General, 0.5);

        double Share(ExportOrder[] orders) => orders.Where(o => o.Country == 0 && o.Goods == GoodsClass.General).Sum(o => o.Value) / orders.Sum(o => o.Value);
        Assert.True(Share(after) < 0.8 * Share(before), $"Russia's share {Share(before):P1} -> {Share(after):P1}");
        Assert.True(kpis[TownKpis.ExportValue] < kpisBefore[TownKpis.ExportValue]);
        Assert.Equal(kpis[TownKpis.ExportValue], after.Sum(o => o.Value), 6);
        Assert.True(kpis[TownKpis.ExportOrdersLost] > 0);
        Assert.Equal(kpis[TownKpis.ExportValue] / (kpis[TownKpis.ExportValue] + kpis[TownKpis.ExportOrdersLost]), kpis[TownKpis.ExportServiceFactor], 12);
        Assert.Equal(1.0, kpisBefore[TownKpis.ExportServiceFactor]);
        Assert.Equal(0.0, kpisBefore[TownKpis.ExportOrdersLost]);
    }

    [Fact]
    public void The_service_factor_survives_a_checkpoint_and_back_at_1_the_split_is_exactly_the_plain_one()
    {
        var (town, _, scenario) = Build();
        StepServed(town, 0, 3, GoodsClass.Perishable, 0.7);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) town.WriteState(writer);
        var (restored, _, _) = Build();
        stream.Position = 0;
        using (var reader = new BinaryReader(stream)) restored.ReadState(reader);
        Assert.Equal(0.7, restored.ServiceFactor(3, GoodsClass.Perishable));
        Assert.Equal(StepMessages(town, 1).Kpis, StepMessages(restored, 1).Kpis);

        var (orders, kpis) = StepServed(town, 2, 3, GoodsClass.Perishable, 1.0);
        var general = orders.Where(o => o.Goods == GoodsClass.General).ToArray();
        Assert.Equal(scenario.Countries[3].ExportShare / scenario.Countries.Sum(c => c.ExportShare), general.Single(o => o.Country == 3).Value / general.Sum(o => o.Value), 12);
        Assert.Equal(1.0, kpis[TownKpis.ExportServiceFactor]);
    }
}
