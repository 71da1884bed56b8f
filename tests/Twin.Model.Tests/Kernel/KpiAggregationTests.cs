using Twin.Model.Kernel;

namespace Twin.Model.Tests.Kernel;

/// <summary>The window rules of docs/statistics.md, on hand-made series of a route.</summary>
public sealed class KpiAggregationTests
{
    private const double None = double.NaN;

    /// <summary>Four days of a route: departures on days 1 and 3 only; arrivals on days 0 and 3.</summary>
    private static KpiSeries Route()
    {
        string[] names = ["departures", "capacity_offered_units", "load_factor", "backlog_teu", "teu_arrived", "transit_days_mean", "transit_days_p95"];
        double[][] days =
        [
            [0, 0, None, 10, 100, 10, 10],
            [1, 100, 0.9, 30, 0, None, None],
            [0, 0, None, 50, 0, None, None],
            [2, 200, 0.6, 20, 300, 20, 22],
        ];
        var events = new KpiEventLog([0, 3, 3], [6, 6, 6], [10, 18, 22], [100, 150, 150]);
        return new KpiSeries("rail-test", "route", names, days.Length, days.SelectMany(d => d).ToArray(), events);
    }

    [Fact]
    public void A_per_event_kpi_is_weighted_over_the_days_with_an_event_and_ignores_the_days_without()
    {
        // Load factor = cargo carried / capacity offered = (90 + 120) / (100 + 200), not the mean of 0.9, 0.6 and two zeros.
        Assert.Equal(210.0 / 300, KpiCatalog.Aggregate(Route(), "load_factor", KpiWindow.All), 12);
        Assert.Equal((100 * 10 + 300 * 20) / 400.0, KpiCatalog.Aggregate(Route(), "transit_days_mean", KpiWindow.All), 12);
    }

    [Fact]
    public void A_quantile_pools_the_events_of_the_window()
    {
        // Events 10 (100 TEU), 18 (150), 22 (150): the 95th percentile of the pool is 22; a mean of daily p95s would be 16.
        Assert.Equal(22, KpiCatalog.Aggregate(Route(), "transit_days_p95", KpiWindow.All));
        Assert.Equal(10, KpiCatalog.Aggregate(Route(), "transit_days_p95", new KpiWindow(0, 2)));
        Assert.True(double.IsNaN(KpiCatalog.Aggregate(Route(), "transit_days_p95", new KpiWindow(1, 2))), "no event, no value");
    }

    [Fact]
    public void Flows_sum_and_levels_average_over_the_window_only()
    {
        Assert.Equal(3, KpiCatalog.Aggregate(Route(), "departures", KpiWindow.All));
        Assert.Equal(2, KpiCatalog.Aggregate(Route(), "departures", new KpiWindow(2, 10)));
        Assert.Equal(27.5, KpiCatalog.Aggregate(Route(), "backlog_teu", KpiWindow.All));
        Assert.Equal(35, KpiCatalog.Aggregate(Route(), "backlog_teu", new KpiWindow(2, 3)));
        Assert.True(double.IsNaN(KpiCatalog.Aggregate(Route(), "load_factor", new KpiWindow(2, 2))));
    }

    [Fact]
    public void A_stock_takes_its_last_value_in_the_window()
    {
        var series = new KpiSeries("cosmoplat", "town", ["jobs", "population"], 3, [100, 1000, 110, 1001, 120, 1002]);
        Assert.Equal(120, KpiCatalog.Aggregate(series, "jobs", KpiWindow.All));
        Assert.Equal(110, KpiCatalog.Aggregate(series, "jobs", new KpiWindow(0, 1)));
    }
}
