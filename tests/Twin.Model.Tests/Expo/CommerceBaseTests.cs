using Twin.Model.Kernel;
using Twin.Model.Tests.Logistics;

namespace Twin.Model.Tests.Expo;

/// <summary>The baseline's e-commerce base: its channels draw parcels, and without the operations centre or consolidation they go by courier.</summary>
public sealed class CommerceBaseTests
{
    private static KpiSeries Base(string file) => LogisticsRuns.Of(file).Entity("silk-road-ecommerce-base");

    [Fact]
    public void In_the_baseline_live_streaming_and_express_parcels_go_by_courier_at_the_courier_rate()
    {
        var b = Base("baseline.json");
        // About 1,200 live-streaming parcels a weekday (×1.3 at weekends) and 600 express parcels a day.
        Assert.InRange(b.Sum("live_parcels") / 365, 1200, 1400);
        Assert.InRange(b.Sum("express_parcels") / 365, 570, 630);
        // Log-normal weights with a mean of 2 kg.
        Assert.InRange(b.Sum("express_kg") / b.Sum("express_parcels"), 1.9, 2.1);
        Assert.Equal(0, b.Sum("marketplace_parcels"));
        Assert.Equal(0, b.Sum("consolidated_departures"));
        Assert.Equal(b.Sum("live_parcels") + b.Sum("express_parcels"), b.Sum("courier_parcels"), 6);
        Assert.Equal(45 * b.Sum("express_kg"), b.Sum("express_cost_cny"), 1e-9 * b.Sum("express_cost_cny"));
    }

    [Fact]
    public void The_operations_centre_sends_only_on_its_cut_off_days_within_its_capacity()
    {
        var b = Base("ozon-center-opens-day-120.json");
        var start = new DateOnly(2025, 1, 1);
        var dispatched = b.Series("centre_dispatched_parcels");
        for (int day = 0; day < b.Days; day++)
        {
            Assert.True(b.Series("centre_processed_parcels")[day] <= 12000 + 1e-6);
            if (dispatched[day] > 0)
                Assert.Contains(start.AddDays(day).DayOfWeek, new[] { DayOfWeek.Tuesday, DayOfWeek.Friday });
        }
        Assert.Equal(0, dispatched[..120].Sum());
        // What reached it is sent on or still waits.
        Assert.Equal(b.Sum("centre_received_parcels"), dispatched.Sum() + b.Last("centre_backlog_parcels"), 3);
        Assert.InRange(KpiCatalog.Aggregate(b, "service_level", new KpiWindow(120, 364)), 0.9, 1);
    }

    [Fact]
    public void A_consolidated_load_mixes_express_ecommerce_and_general_trade_and_rides_its_route()
    {
        var b = Base("express-consolidation-weekly.json");
        Assert.InRange(b.Sum("consolidated_departures"), 51, 53);
        Assert.Equal(4 * b.Sum("consolidated_departures"), b.Sum("consolidated_general_teu"), 6);
        Assert.True(b.Sum("consolidated_express_kg") > 0 && b.Sum("consolidated_ecommerce_parcels") > 0);
        // Handed to the multimodal hub (the conservation test follows it from there to Moscow).
        Assert.Equal(b.Sum("consolidated_teu"), b.Sum("sent_teu"), 6);
        // Rail freight 9,000 CNY a TEU of 6,000 kg: 1.5 CNY/kg against the couriers' 45.
        Assert.Equal(1.5, KpiCatalog.Aggregate(b, "express_cost_per_kg", new KpiWindow(0, 364)), 6);
    }
}
