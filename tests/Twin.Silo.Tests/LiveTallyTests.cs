using Twin.Contracts.Kernel;
using Twin.Model.Kernel;
using Twin.Silo.Telemetry;
using Twin.Silo.Zone;

namespace Twin.Silo.Tests;

/// <summary>How the live twin's latest days fold into the gauges and counters the metrics read.</summary>
public sealed class LiveTallyTests
{
    private static readonly ZoneMap Map = new("baseline", "hash", new DateOnly(2025, 1, 1), []);
    private static readonly string[] Names = ["departures", "teu_departed", "backlog_teu", "arrivals", "transit_days_mean"];

    /// <summary>Days from..to of one route; day d departs d TEU, arrives only on even days, transit 10 + d days (no value on other days).</summary>
    private static RunRecent Recent(int from, int to)
    {
        var values = new List<double>();
        for (int d = from; d <= to; d++)
            values.AddRange([1, d, 100 + d, d % 2 == 0 ? 1 : 0, d % 2 == 0 ? 10 + d : double.NaN]);
        return new RunRecent("live", from, to + 1, [new KpiSeries("rail-moscow", "route", Names, to - from + 1, values.ToArray())]);
    }

    private static LiveSnapshot Fold(LiveSnapshot previous, RunRecent recent) =>
        LiveTally.Fold(previous, recent, running: true, Map.Start.AddDays(recent.DaysDone - 1), 6, Map);

    private static double Total(LiveSnapshot s, string kpi) => s.Entities[0].Totals[Array.IndexOf(Names, kpi)];

    private static double Latest(LiveSnapshot s, string kpi) => s.Entities[0].Latest[Array.IndexOf(Names, kpi)];

    [Fact]
    public void The_first_look_sets_the_gauges_and_starts_the_counters_at_zero()
    {
        var first = Fold(LiveSnapshot.Empty, Recent(9, 9));

        Assert.Equal(0, Total(first, "teu_departed"));
        Assert.Equal(0, first.DaysCounted);
        Assert.Equal(109, Latest(first, "backlog_teu"));
        Assert.Equal(10, first.DaysDone);
    }

    [Fact]
    public void Each_simulated_day_is_counted_once_however_the_looks_overlap()
    {
        var s = Fold(LiveSnapshot.Empty, Recent(9, 9));
        s = Fold(s, Recent(8, 12));   // days 10, 11, 12 are new; 8 and 9 were seen
        s = Fold(s, Recent(11, 14));  // 13 and 14 are new

        Assert.Equal(10 + 11 + 12 + 13 + 14, Total(s, "teu_departed"));
        Assert.Equal(5, Total(s, "departures"));
        Assert.Equal(5, s.DaysCounted);
        Assert.Equal(114, Latest(s, "backlog_teu"));
    }

    [Fact]
    public void A_per_event_gauge_holds_its_last_event_value_on_days_without_an_event()
    {
        var s = Fold(LiveSnapshot.Empty, Recent(9, 10));  // day 10 had arrivals: transit 20
        s = Fold(s, Recent(11, 11));                       // day 11 had none: no transit time

        Assert.Equal(20, Latest(s, "transit_days_mean"));
        Assert.Equal(0, Latest(s, "arrivals"));
    }

    [Fact]
    public void When_the_live_run_starts_afresh_the_counters_start_again()
    {
        var s = Fold(LiveSnapshot.Empty, Recent(9, 9));
        s = Fold(s, Recent(10, 20));
        s = Fold(s, Recent(2, 3));

        Assert.Equal(0, Total(s, "teu_departed"));
        Assert.Equal(0, s.DaysCounted);
        Assert.Equal(4, s.DaysDone);
    }
}
