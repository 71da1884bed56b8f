using Twin.Client.Output;
using Twin.Model.Kernel;

namespace Twin.Cli.Tests;

public class RunSummaryTests
{
    [Fact]
    public void The_figures_the_run_summary_adds_up_or_divides_read_KPIs_declared_as_totals()
    {
        // TEU a train is the rail TEU total over the rail departures total, trade by country adds
        // up deliveries, VWAP divides notional by lots: each only means something over totals.
        Assert.All(RunSummary.Totals, total =>
            Assert.True(KpiCatalog.Info(total.Kind, total.Kpi).Aggregation == KpiAggregation.Sum,
                $"the {total.Kind} KPI '{total.Kpi}' aggregates by {KpiCatalog.Info(total.Kind, total.Kpi).Aggregation}, but the run summary adds up its totals"));
    }
}
