using System.Text.RegularExpressions;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Silo.Telemetry;

namespace Twin.Silo.Tests;

/// <summary>The table that turns the live twin's KPIs into Prometheus families.</summary>
public sealed partial class MetricTableTests
{
    [Fact]
    public void Every_metric_reads_a_kpi_that_its_kind_records()
    {
        var series = new SequentialRunner(BuiltInScenarios.Baseline(), 42, 0, 2).Run();
        var recorded = series.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.First().Names.ToHashSet());

        foreach (var kind in LiveMetricTable.Kinds)
        {
            Assert.True(recorded.TryGetValue(kind.Kind, out var names), $"kind '{kind.Kind}' has metrics but the baseline runs no entity of it");
            foreach (var metric in kind.Metrics)
            {
                Assert.True(names.Contains(metric.Kpi), $"{metric.Name}: a {kind.Kind} records no KPI '{metric.Kpi}'");
            }
        }
    }

    [Fact]
    public void Names_follow_Prometheus_conventions_and_a_family_has_one_type()
    {
        foreach (var family in LiveMetricTable.All.GroupBy(x => x.Metric.Name))
        {
            var first = family.First().Metric;
            Assert.Matches(PrometheusName(), first.Name);
            Assert.False(first.Name.EndsWith("_total", StringComparison.Ordinal), $"{first.Name}: the exporter adds _total to counters itself");
            Assert.All(family, x => Assert.Equal(first.Type, x.Metric.Type));
            Assert.All(family, x => Assert.Equal(first.Help, x.Metric.Help));
            Assert.All(family, x => Assert.Equal(family.First().Kind.Kind, x.Kind.Kind));
        }
        Assert.All(LiveMetricTable.Kinds, k => Assert.DoesNotContain("run", k.Links));
    }

    [Fact]
    public void Counters_read_flows_and_gauges_read_levels_as_the_KPI_declarations_say()
    {
        foreach (var (kind, metric) in LiveMetricTable.All)
        {
            var info = KpiCatalog.Info(kind.Kind, metric.Kpi);
            // "closed" adds up to days closed over a run, but live it is a flag: 1 while closed.
            bool flow = info.Aggregation == KpiAggregation.Sum && metric.Kpi != "closed";
            Assert.True(flow == (metric.Type == LiveMetricType.Counter),
                $"{metric.ExposedName}: the {kind.Kind} KPI '{metric.Kpi}' aggregates by {info.Aggregation}, so it should be a {(flow ? "counter" : "gauge")}");
            Assert.Equal(info.Aggregation is KpiAggregation.WeightedMean or KpiAggregation.Quantile, metric.HoldsLastEvent);
        }
    }

    [GeneratedRegex("^twin_[a-z][a-z0-9_]*[a-z0-9]$")]
    private static partial Regex PrometheusName();
}
