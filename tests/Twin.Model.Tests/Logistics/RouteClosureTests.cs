using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Logistics;

public sealed class RouteClosureTests
{
    private const int From = 120, Days = 14;

    [Fact]
    public void A_closed_route_has_no_departures_in_its_window_and_its_backlog_grows_then_drains()
    {
        var route = LogisticsRuns.Of("tir-almaty-closed-14-days.json").Entity("tir-almaty");
        var departures = route.Series("departures");
        var backlog = route.Series("backlog_teu");
        var closed = route.Series("closed");

        for (int day = From; day < From + Days; day++)
        {
            Assert.Equal(0, departures[day]);
            Assert.Equal(1, closed[day]);
        }
        Assert.True(route.Sum("departures", From + Days, 365) > 0, "departures resume after the window");
        double before = backlog[From - 1], peak = backlog[From + Days - 1];
        Assert.True(peak > before + 1, $"backlog should grow while closed: {before} -> {peak}");
        // TIR is oversubscribed in the baseline, so the backlog drains back to its usual level, not to zero.
        double afterwards = backlog[(From + Days)..(From + Days + 60)].Min();
        Assert.True(afterwards <= before + 0.25 * (peak - before), $"backlog should drain after reopening: {before} before, peak {peak}, then at best {afterwards}");
    }

    [Fact]
    public void Closing_a_border_crossing_holds_every_route_through_it_without_stopping_departures()
    {
        var baseline = TestScenarios.Baseline();
        var closure = LogisticsScenarios.With(baseline, new InterventionSpec { Day = 60, Close = "borders/khorgos", Days = 10 });
        var series = LogisticsRuns.Run(closure, seed: 3, days: 120);
        var reference = LogisticsRuns.Run(baseline, seed: 3, days: 120);
        var crossing = series.Entity("khorgos");
        Assert.Equal(10, crossing.Sum("closed"));
        Assert.Equal(0, crossing.Sum("vehicles_crossed", 61, 70));
        Assert.True(reference.Entity("khorgos").Sum("vehicles_crossed", 61, 70) > 0);
        foreach (var id in new[] { "tir-almaty", "rail-tashkent" })
        {
            Assert.True(Wait(series.Entity(id), KpiWindow.All) > Wait(reference.Entity(id), KpiWindow.All), $"{id} should wait at the closed crossing");
            Assert.True(series.Entity(id).Sum("departures", 60, 70) > 0, $"{id} still departs while the crossing ahead is closed");
        }
        Assert.Equal(Wait(reference.Entity("rail-moscow"), new KpiWindow(0, 60)), Wait(series.Entity("rail-moscow"), new KpiWindow(0, 60)));
    }

    /// <summary>The mean border wait of the vehicles that crossed in the window.</summary>
    private static double Wait(KpiSeries route, KpiWindow window) => KpiCatalog.Aggregate(route, "border_wait_days", window);
}
