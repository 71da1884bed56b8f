using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;
using Twin.Model.Towns;

namespace Twin.Model.Tests.Logistics;

/// <summary>The towns' side of the service response (docs/model.md, "Service and export demand").</summary>
public sealed class ServiceResponseTests
{
    private static TownModel Town(Scenario scenario)
    {
        var directory = EntityCatalog.DirectoryOf(scenario);
        return new TownModel(new EntitySetup(scenario, directory[directory.IndexOf("cosmoplat")], directory, 5, 0));
    }

    private static (ExportOrder[] Orders, double[] Kpis) Step(TownModel town, int day, params Message[] inbox)
    {
        var outbox = new Outbox();
        outbox.Begin(0);
        var kpis = new double[town.KpiNames.Count];
        town.Step(new StepContext(day, new DateOnly(2025, 1, 1).AddDays(day), false), inbox, outbox, kpis);
        return (outbox.Messages.ToArray().Where(m => m.Kind == MessageKind.ExportOrder).Select(m => ExportOrderCodec.Read(m)).ToArray(), kpis);
    }

    private static Message Factor(int country, GoodsClass goods, double factor) =>
        new(0, 0, 0, MessageKind.ServiceFactor, country, (int)goods, D0: factor);

    [Fact]
    public void A_lower_service_factor_lowers_the_towns_exports_to_that_country_and_counts_the_orders_lost()
    {
        var scenario = TestScenarios.Baseline();
        var (plain, served) = (Town(scenario), Town(scenario));
        var (before, kpisBefore) = Step(plain, 0);
        var (after, kpis) = Step(served, 0, Factor(0, GoodsClass.General, 0.5));

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
    public void Back_at_full_service_the_split_is_exactly_the_plain_one_and_it_survives_a_checkpoint()
    {
        var scenario = TestScenarios.Baseline();
        var town = Town(scenario);
        Step(town, 0, Factor(3, GoodsClass.Perishable, 0.7));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) town.WriteState(writer);
        var restored = Town(scenario);
        stream.Position = 0;
        using (var reader = new BinaryReader(stream)) restored.ReadState(reader);
        Assert.Equal(0.7, restored.ServiceFactor(3, GoodsClass.Perishable));
        Assert.Equal(Step(town, 1).Kpis, Step(restored, 1).Kpis);

        var (orders, kpis) = Step(town, 2, Factor(3, GoodsClass.Perishable, 1.0));
        double weights = scenario.Countries.Sum(c => c.ExportShare);
        var general = orders.Where(o => o.Goods == GoodsClass.General).ToArray();
        Assert.Equal(scenario.Countries[3].ExportShare / weights, general.Single(o => o.Country == 3).Value / general.Sum(o => o.Value), 12);
        Assert.Equal(1.0, kpis[TownKpis.ExportServiceFactor]);
    }

    [Fact]
    public void Switched_off_the_towns_do_not_feel_a_route_closure()
    {
        Scenario Off(string file) => LogisticsScenarios.Set(TestScenarios.Load(file), "logistics/serviceResponse/enabled", false);
        var baseline = LogisticsRuns.Run(Off("baseline.json"), seed: 4, days: 150);
        var closure = LogisticsRuns.Run(Off("rail-moscow-closed-30-days.json"), seed: 4, days: 150);
        Assert.NotEqual(baseline.Entity("rail-moscow").Values, closure.Entity("rail-moscow").Values);
        foreach (var town in baseline.Where(s => s.Kind == TownKind.Name))
            Assert.Equal(town.Values, closure.Entity(town.EntityId).Values);
    }
}
