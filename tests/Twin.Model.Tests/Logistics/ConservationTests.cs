using Twin.Model.Commerce;
using Twin.Model.Kernel;
using Twin.Model.Logistics;

namespace Twin.Model.Tests.Logistics;

public sealed class ConservationTests
{
    [Theory]
    [InlineData("baseline.json")]
    [InlineData("tir-almaty-closed-14-days.json")]
    [InlineData("airport-bonded-capacity-x2.json")]
    [InlineData("express-consolidation-weekly.json")]
    [InlineData("lusophone-area-doubled.json")]
    public void Everything_created_is_delivered_in_transit_or_waiting_at_every_tick(string file)
    {
        var series = LogisticsRuns.Of(file);
        var logistics = series.Where(s => s.IndexOf("created_teu") >= 0).ToArray();
        Assert.NotEmpty(logistics);
        foreach (var (unit, created, delivered, sent, stock) in new[]
                 {
                     ("TEU", "created_teu", "delivered_teu", "sent_teu", "stock_teu"),
                     ("CNY", "created_value_cny", "delivered_value_cny", "sent_value_cny", "stock_value_cny"),
                 })
        {
            double cumCreated = 0, cumDelivered = 0;
            for (int day = 0; day < 365; day++)
            {
                cumCreated += logistics.Sum(s => s.Get(day, s.IndexOf(created)));
                cumDelivered += logistics.Sum(s => s.Get(day, s.IndexOf(delivered)));
                // Sent today is in its receiver's inbox tomorrow: still on its way.
                double onTheWay = logistics.Sum(s => s.Get(day, s.IndexOf(stock)) + s.Get(day, s.IndexOf(sent)));
                double gap = cumCreated - cumDelivered - onTheWay;
                Assert.True(Math.Abs(gap) <= 1e-8 * Math.Max(1, cumCreated),
                    $"{file} day {day}: created {cumCreated} {unit} != delivered {cumDelivered} + on the way {onTheWay} (gap {gap})");
            }
            Assert.True(cumDelivered > 0.5 * cumCreated, $"{file}: most of what was created should be delivered within the year");
        }
    }

    [Theory]
    [InlineData("baseline.json")]
    [InlineData("ozon-center-opens-day-120.json")]
    public void The_desks_receive_as_orders_exactly_what_the_towns_and_the_operations_centre_sent_the_day_before(string file)
    {
        var series = LogisticsRuns.Of(file);
        var towns = series.Where(s => s.Kind == "town").ToArray();
        var centre = series.Single(s => s.Kind == CommerceBaseKind.Name);
        var nodes = series.Where(s => s.Kind is HubKind.Name or WarehouseKind.Name).ToArray();
        for (int day = 1; day < 365; day++)
        {
            double exported = towns.Sum(t => t.Get(day - 1, t.IndexOf("export_teu"))) + centre.Get(day - 1, centre.IndexOf("centre_dispatched_teu"));
            double ordered = nodes.Sum(n => n.Get(day, n.IndexOf("orders_teu")));
            Assert.Equal(exported, ordered, 6);
        }
    }
}
