using Twin.Model.Kernel;

namespace Twin.Model.Logistics;

/// <summary>Weighted mean and quantile of a day's observations (transit days weighted by TEU); NaN for a day without any.</summary>
public sealed class WeightedQuantile
{
    private readonly List<(double Value, double Weight)> _items = [];

    public void Add(double value, double weight)
    {
        if (weight > 0) _items.Add((value, weight));
    }

    public double Mean()
    {
        double sum = 0, weight = 0;
        foreach (var (v, w) in _items) { sum += v * w; weight += w; }
        return weight > 0 ? sum / weight : double.NaN;
    }

    /// <summary>The smallest value whose cumulative weight reaches <paramref name="q"/> of the total; NaN if empty.</summary>
    public double Quantile(double q)
    {
        double total = 0;
        foreach (var (_, w) in _items) total += w;
        return KpiEventLog.WeightedQuantile(_items, total, q);
    }

    /// <summary>Hands the day's observations to the run's event log, so quantiles over any window pool them.</summary>
    public void Record(IKpiEvents? events, int kpi)
    {
        if (events is null) return;
        foreach (var (v, w) in _items) events.Add(kpi, v, w);
    }

    public void Clear() => _items.Clear();
}
