namespace Twin.Model.Kernel;

/// <summary>The window rules of docs/statistics.md, one per <see cref="KpiAggregation"/>.</summary>
internal static class KpiAggregator
{
    public static double Aggregate(KpiSeries series, int k, KpiInfo info, KpiWindow window)
    {
        var (first, last) = window.Within(series.Days);
        if (first > last) return double.NaN;
        return info.Aggregation switch
        {
            KpiAggregation.Sum => Sum(series, k, first, last),
            KpiAggregation.Last => Last(series, k, first, last),
            KpiAggregation.Mean => Mean(series, k, first, last),
            KpiAggregation.WeightedMean => WeightedMean(series, k, WeightOf(series, info), first, last),
            KpiAggregation.Quantile => series.EventLog.Quantile(k, info.Probability, first, last),
            KpiAggregation.Max => Max(series, k, first, last),
            _ => throw new ArgumentOutOfRangeException(nameof(info), info.Aggregation, "unknown aggregation"),
        };
    }

    private static int WeightOf(KpiSeries series, KpiInfo info)
    {
        int w = info.Weight is null ? -1 : series.IndexOf(info.Weight);
        return w >= 0 ? w : throw new InvalidOperationException(
            $"The KPI '{info.Name}' of a {series.Kind} is weighted by '{info.Weight}', which the entity '{series.EntityId}' does not record.");
    }

    private static double Sum(KpiSeries s, int k, int first, int last)
    {
        var (sum, count) = Finite(s, k, first, last);
        return count == 0 ? double.NaN : sum;
    }

    private static double Mean(KpiSeries s, int k, int first, int last)
    {
        var (sum, count) = Finite(s, k, first, last);
        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>The total and the number of the days with a value (NaN is "no value").</summary>
    private static (double Sum, int Count) Finite(KpiSeries s, int k, int first, int last)
    {
        double sum = 0;
        int count = 0;
        for (int d = first; d <= last; d++)
        {
            double v = s.Get(d, k);
            if (!double.IsFinite(v)) continue;
            sum += v;
            count++;
        }
        return (sum, count);
    }

    private static double Max(KpiSeries s, int k, int first, int last)
    {
        double max = double.NaN;
        for (int d = first; d <= last; d++)
            if (double.IsFinite(s.Get(d, k)) && !(s.Get(d, k) <= max)) max = s.Get(d, k);
        return max;
    }

    private static double Last(KpiSeries s, int k, int first, int last)
    {
        for (int d = last; d >= first; d--)
            if (double.IsFinite(s.Get(d, k))) return s.Get(d, k);
        return double.NaN;
    }

    /// <summary>Σ value·weight / Σ weight over the days with a value and a positive weight.</summary>
    private static double WeightedMean(KpiSeries s, int k, int w, int first, int last)
    {
        double sum = 0, weights = 0;
        for (int d = first; d <= last; d++)
        {
            double v = s.Get(d, k), weight = s.Get(d, w);
            if (!double.IsFinite(v) || !(weight > 0) || !double.IsFinite(weight)) continue;
            sum += v * weight;
            weights += weight;
        }
        return weights > 0 ? sum / weights : double.NaN;
    }
}
