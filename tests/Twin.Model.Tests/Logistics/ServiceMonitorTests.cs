using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Logistics;

public sealed class ServiceMonitorTests
{
    private const int Russia = 0;

    private static ServiceMonitor Desk(string id = "multimodal-hub")
    {
        var scenario = TestScenarios.Baseline();
        var directory = EntityCatalog.DirectoryOf(scenario);
        var monitor = new ServiceMonitor();
        monitor.Bind(new LogisticsNetwork(scenario, directory), directory.IndexOf(id));
        return monitor;
    }

    /// <summary>One day of orders to Russia at <paramref name="ratio"/> times the reference cost; returns the messages sent.</summary>
    private static Message[] Day(ServiceMonitor monitor, double ratio)
    {
        monitor.Record(Russia, GoodsClass.General, 10, 1000 * ratio, 1000);
        var outbox = new Outbox();
        outbox.Begin(0);
        monitor.EndOfDay(outbox);
        return outbox.Messages.ToArray();
    }

    [Fact]
    public void The_factor_moves_a_tenth_of_the_way_to_its_target_each_day_and_every_town_hears_of_it()
    {
        var monitor = Desk();
        var sent = Day(monitor, 1.21);
        // Target 1.21^-0.5 = 1/1.1 (elasticity 0.5), a tenth of the gap a day (adjustmentPerDay 0.1).
        Assert.Equal(1 + 0.1 * (1 / 1.1 - 1), monitor.Factor(Russia, GoodsClass.General), 12);
        Assert.Equal(5, sent.Length);
        Assert.All(sent, m => Assert.Equal((Russia, GoodsClass.General, monitor.Factor(Russia, GoodsClass.General)), ServiceFactorCodec.Read(m)));
        Assert.Equal(1.0, monitor.Factor(Russia, GoodsClass.Perishable));
    }

    [Fact]
    public void The_factor_stays_within_its_bounds()
    {
        var monitor = Desk();
        for (int day = 0; day < 200; day++) Day(monitor, 100);
        Assert.Equal(0.5, monitor.Factor(Russia, GoodsClass.General));
        for (int day = 0; day < 200; day++) Day(monitor, 0.01);
        Assert.Equal(1.0, monitor.Factor(Russia, GoodsClass.General));
    }

    [Fact]
    public void When_service_recovers_the_towns_get_exactly_1_and_then_no_more_messages()
    {
        var monitor = Desk();
        for (int day = 0; day < 30; day++) Day(monitor, 2);
        int messages = 0;
        Message last = default;
        for (int day = 0; day < 150; day++)
            foreach (var m in Day(monitor, 1)) (messages, last) = (messages + 1, m);
        Assert.Equal(1.0, ServiceFactorCodec.Read(last).Factor);
        Assert.Empty(Day(monitor, 1));
        // Small steps are gathered: far fewer messages than days × towns.
        Assert.InRange(messages, 5, 5 * 60);
    }

    [Fact]
    public void A_desk_sends_only_the_goods_classes_it_takes_orders_for()
    {
        var monitor = Desk("ecom-consolidation");
        Assert.Empty(Day(monitor, 3));
        Assert.Equal(1.0, monitor.Factor(Russia, GoodsClass.General));
    }
}
