using Twin.Model.Kernel;
using Twin.Model.Tests.Logistics;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Expo;

/// <summary>The baseline's expo centre: visitors come, every shelf sells, and imports restock it through the network.</summary>
public sealed class ExpoBaselineTests
{
    private static readonly IReadOnlyList<KpiSeries> Baseline = LogisticsRuns.Of("baseline.json");
    private static KpiSeries Expo => Baseline.Entity("sco-pearl-expo");

    [Fact]
    public void Every_shelf_sells_and_the_Macao_brands_count_as_Macao_revenue()
    {
        var spec = TestScenarios.Baseline().Expo!;
        foreach (var shelf in spec.Shelves)
            Assert.True(Expo.Sum("sales_cny_" + shelf.Id) > 0, shelf.Id);
        double macao = spec.Shelves.Where(s => s.MacaoBrand).Sum(s => Expo.Sum("sales_cny_" + s.Id));
        Assert.Equal(macao, Expo.Sum("macao_brand_revenue_cny"), 3);
        Assert.Equal(spec.Shelves.Sum(s => Expo.Sum("sales_cny_" + s.Id)), Expo.Sum("sales_cny"), 3);
        // About 300 thousand visitors a year (600 a weekday, more at weekends and events, 218 residents' visits a day).
        Assert.InRange(Expo.Sum("visitors"), 250_000, 450_000);
    }

    [Fact]
    public void Imports_ordered_at_the_gateways_come_back_on_the_return_legs_and_restock_the_shelves()
    {
        double ordered = Expo.Sum("import_orders_teu"), received = Expo.Sum("import_teu");
        Assert.True(ordered > 5, $"ordered {ordered} TEU");
        // What is still on order at the end of the year makes up the difference.
        Assert.Equal(ordered, received + Expo.Last("on_order_teu"), 6);
        Assert.True(received > 0.5 * ordered);
        // The sea imports ride the port feeder's return leg; the felt crafts Bishkek's return legs.
        Assert.True(Baseline.Entity("feeder-port").Sum("return_teu_departed") > 0);
        Assert.True(Baseline.Entity("qingdao-port").Sum("import_teu") > 0);
        Assert.True(Baseline.Entity("bishkek").Sum("import_teu") > 0);
        // Duty is paid on the landed value as the goods leave the bonded zone for the shelves.
        Assert.Equal(0.15 * Expo.Sum("import_value_cny"), Expo.Sum("duty_cny"), 1e-9 * Expo.Sum("duty_cny"));
    }

    [Fact]
    public void Events_and_weekends_bring_more_visitors_and_institute_trainees_visit()
    {
        var days = Enumerable.Range(0, Expo.Days).ToArray();
        var start = TestScenarios.Baseline().Start;
        bool Weekday(int d) => start.AddDays(d).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        double Mean(Func<int, bool> which) => days.Where(which).Average(d => Expo.Series("visitors")[d]);
        var events = Expo.Series("event_days");
        Assert.Equal(12 + 6 * 2, events.Sum());
        Assert.True(Mean(d => events[d] > 0 && Weekday(d)) > 1.4 * Mean(d => events[d] == 0 && Weekday(d)));
        Assert.True(Mean(d => events[d] == 0 && !Weekday(d)) > 1.4 * Mean(d => events[d] == 0 && Weekday(d)));
        Assert.True(Expo.Sum("institute_visitors") > 1000, $"{Expo.Sum("institute_visitors")} trainee visits");
    }

    [Fact]
    public void Online_orders_go_to_the_ecommerce_base()
    {
        Assert.True(Expo.Sum("online_parcels") > 0);
        Assert.True(Expo.Sum("online_sales_cny") < Expo.Sum("sales_cny"));
        // Sent on day t, delivered by the base on day t + 1.
        var sent = Expo.Series("online_parcels");
        var delivered = Baseline.Entity("silk-road-ecommerce-base").Series("expo_parcels");
        for (int day = 1; day < Expo.Days; day++) Assert.Equal(sent[day - 1], delivered[day], 9);
    }
}
