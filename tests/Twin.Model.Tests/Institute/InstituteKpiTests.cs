using Twin.Model.Kernel;

namespace Twin.Model.Tests.Institute;

public sealed class InstituteKpiTests
{
    [Fact]
    public void Per_country_KPIs_aggregate_as_their_family_says_and_exact_names_win()
    {
        Assert.Equal(KpiAggregation.Sum, KpiCatalog.Info("institute", "enrolled_kazakhstan").Aggregation);
        Assert.Equal(KpiAggregation.Last, KpiCatalog.Info("institute", "alumni_kazakhstan").Aggregation);
        Assert.Equal(KpiAggregation.Mean, KpiCatalog.Info("institute", "trade_multiplier_brazil").Aggregation);
        Assert.Equal("trade_multiplier_brazil", KpiCatalog.Info("institute", "trade_multiplier_brazil").Name);
        Assert.Equal("alumni living in their home countries", KpiCatalog.Info("institute", "alumni_abroad").Description);
        Assert.Equal(KpiAggregation.Last, KpiCatalog.Info("programme", "alumni").Aggregation);

        var series = new KpiSeries("sco-institute", "institute", ["enrolled_kazakhstan", "alumni_kazakhstan"], 3, [1, 100, 2, 110, 3, 120]);
        Assert.Equal(6, KpiCatalog.Aggregate(series, "enrolled_kazakhstan", KpiWindow.All));
        Assert.Equal(120, KpiCatalog.Aggregate(series, "alumni_kazakhstan", KpiWindow.All));
    }
}
