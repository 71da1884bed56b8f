namespace Twin.Model.Kernel;

/// <summary>
/// Every KPI the twin records, as each entity kind declares it beside its model, keyed by
/// (entity kind, KPI). A KPI without a declaration is an error, not a silent default: the
/// declaration test proves every KPI the baseline and the example what-ifs record has one.
/// </summary>
public static class KpiCatalog
{
    private static readonly Dictionary<string, KpiInfo[]> ByKind = EntityCatalog.Kinds.ToDictionary(
        k => k.Kind,
        // Exact names first, then families from the longest prefix, so the most specific declaration wins.
        k => k.Kpis.OrderBy(i => i.IsFamily).ThenByDescending(i => i.Name.Length).ToArray(),
        StringComparer.Ordinal);

    /// <summary>Every declaration with its entity kind.</summary>
    public static IEnumerable<(string Kind, KpiInfo Info)> All =>
        EntityCatalog.Kinds.SelectMany(k => k.Kpis.Select(i => (k.Kind, i)));

    /// <summary>The declaration of <paramref name="kpi"/> for an entity of <paramref name="kind"/>, named as asked; null if none.</summary>
    public static KpiInfo? Find(string kind, string kpi)
    {
        if (!ByKind.TryGetValue(kind, out var declared)) return null;
        foreach (var info in declared)
            if (info.Covers(kpi)) return info.IsFamily ? info with { Name = kpi } : info;
        return null;
    }

    /// <summary>The declaration of <paramref name="kpi"/> for an entity of <paramref name="kind"/>.</summary>
    /// <exception cref="KeyNotFoundException">The KPI is not declared for that kind.</exception>
    public static KpiInfo Info(string kind, string kpi) =>
        Find(kind, kpi) ?? throw new KeyNotFoundException($"The KPI '{kpi}' of a {kind} has no declaration (see docs/statistics.md).");

    /// <summary>The one number a run gives for <paramref name="kpi"/> of the series' entity over <paramref name="window"/>; NaN without a value.</summary>
    public static double Aggregate(KpiSeries series, string kpi, KpiWindow window)
    {
        int k = series.IndexOf(kpi);
        return k < 0 ? double.NaN : KpiAggregator.Aggregate(series, k, Info(series.Kind, kpi), window);
    }

    /// <summary>Every KPI of the series aggregated over <paramref name="window"/>, in the series' KPI order.</summary>
    public static double[] AggregateAll(KpiSeries series, KpiWindow window)
    {
        var result = new double[series.Names.Count];
        for (int k = 0; k < result.Length; k++)
            result[k] = KpiAggregator.Aggregate(series, k, Info(series.Kind, series.Names[k]), window);
        return result;
    }
}
