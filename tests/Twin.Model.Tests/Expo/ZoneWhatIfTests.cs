using Twin.Model.Kernel;
using Twin.Model.Statistics;

namespace Twin.Model.Tests.Expo;

/// <summary>
/// The what-ifs of the expo centre and the e-commerce base move their main KPIs the expected way,
/// with a 95% interval of the paired difference that excludes 0 (few replications and days, so the
/// test stays quick; the closing note's 20-replication comparisons are in docs/model.md).
/// </summary>
public sealed class ZoneWhatIfTests
{
    private const int Replications = 3, Days = 120;
    private static readonly KpiWindow Year = new(0, Days - 1);

    [Fact]
    public void Doubling_the_Lusophone_area_raises_its_sales_and_Macao_brand_revenue()
    {
        var runs = ZoneWhatIfRuns.Of("lusophone-area-doubled.json", Replications, Days);
        Above(runs.Compare("sco-pearl-expo", "sales_cny", Year));
        Above(runs.Compare("sco-pearl-expo", "macao_brand_revenue_cny", Year));
        Above(runs.Compare("sco-pearl-expo", "import_orders_teu", Year));
    }

    [Fact]
    public void A_week_of_Macao_events_every_quarter_brings_visitors_and_Macao_brand_revenue()
    {
        var runs = ZoneWhatIfRuns.Of("macao-week-events.json", Replications, Days);
        Above(runs.Compare("sco-pearl-expo", "event_days", Year));
        Above(runs.Compare("sco-pearl-expo", "visitors", Year));
        Above(runs.Compare("sco-pearl-expo", "macao_brand_revenue_cny", Year));
    }

    [Fact]
    public void Opening_the_operations_centre_on_day_120_brings_marketplace_parcels_into_the_bonded_chain()
    {
        // Thirty days after the opening: its first cut-off loads have reached the desk.
        const int days = 150;
        var runs = ZoneWhatIfRuns.Of("ozon-center-opens-day-120.json", Replications, days);
        var before = new KpiWindow(0, 119);
        Assert.Equal(0, runs.Compare("silk-road-ecommerce-base", "marketplace_parcels", before).Difference.Mean);
        var after = new KpiWindow(120, days - 1);
        Above(runs.Compare("silk-road-ecommerce-base", "marketplace_parcels", after));
        Above(runs.Compare("silk-road-ecommerce-base", "centre_dispatched_parcels", after));
        Above(runs.Compare("silk-road-ecommerce-base", "live_sales_cny", after));
        Below(runs.Compare("silk-road-ecommerce-base", "courier_parcels", after));
        Above(runs.Compare("ecom-consolidation", "orders_teu", after));
    }

    [Fact]
    public void A_weekly_consolidated_train_carries_express_parcels_for_less_than_the_couriers()
    {
        var runs = ZoneWhatIfRuns.Of("express-consolidation-weekly.json", Replications, Days);
        Above(runs.Compare("silk-road-ecommerce-base", "consolidated_teu", Year));
        Below(runs.Compare("silk-road-ecommerce-base", "express_cost_per_kg", Year));
        Below(runs.Compare("silk-road-ecommerce-base", "courier_parcels", Year));
    }

    [Fact]
    public void Doubling_live_streaming_raises_the_towns_e_commerce_output_and_jobs()
    {
        var runs = ZoneWhatIfRuns.Of("live-streaming-doubled.json", Replications, Days);
        Above(runs.Compare("silk-road-ecommerce-base", "live_parcels", Year));
        // The channel's pull builds over its four-week average, then firms hire to meet it.
        var later = new KpiWindow(60, Days - 1);
        foreach (var town in new[] { "sco-city", "airport" })
        {
            Above(runs.Compare(town, "output_ecommerce_cny", later));
            Above(runs.Compare(town, "jobs", later));
        }
        // Manufacturing does not sell through the channel; it moves only through the labour market.
        var manufacturing = runs.Compare("sco-city", "output_manufacturing_cny", later);
        Assert.True(Math.Abs(manufacturing.Difference.Mean) < 0.01 * manufacturing.Baseline.Mean,
            $"manufacturing output moved by {manufacturing.Difference.Mean} of {manufacturing.Baseline.Mean}");
    }

    private static void Above(PairedComparison c) =>
        Assert.True(c.Difference.Lower > 0, $"difference {c.Difference.Mean} [{c.Difference.Lower}, {c.Difference.Upper}] should be above 0");

    private static void Below(PairedComparison c) =>
        Assert.True(c.Difference.Upper < 0, $"difference {c.Difference.Mean} [{c.Difference.Lower}, {c.Difference.Upper}] should be below 0");
}
