namespace Twin.Model.Kernel;

/// <summary>Where a model records the day's events behind a quantile KPI (see <see cref="KpiAggregation.Quantile"/>).</summary>
public interface IKpiEvents
{
    /// <summary>Records one event of today for the KPI at <paramref name="kpi"/> in the entity's KPI row.</summary>
    void Add(int kpi, double value, double weight);
}
