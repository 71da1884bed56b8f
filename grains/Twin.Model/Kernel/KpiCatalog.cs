namespace Twin.Model.Kernel;

/// <summary>
/// Every KPI the twin records, gathered from the entity kinds. A KPI no kind describes is still
/// usable: it aggregates by its mean and has no "better" direction.
/// </summary>
public static class KpiCatalog
{
    private static readonly Dictionary<string, KpiInfo> ByName = EntityCatalog.Kinds
        .SelectMany(k => k.Kpis)
        .GroupBy(k => k.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Families of KPIs named per item (`enrolled_*` for `enrolled_russia`...), longest prefix first.</summary>
    private static readonly KpiInfo[] Families = ByName.Values
        .Where(k => k.Name.EndsWith('*'))
        .OrderByDescending(k => k.Name.Length)
        .ToArray();

    public static IReadOnlyCollection<KpiInfo> All => ByName.Values;

    public static KpiInfo Info(string name)
    {
        if (ByName.TryGetValue(name, out var info)) return info;
        foreach (var family in Families)
            if (name.StartsWith(family.Name.AsSpan(0, family.Name.Length - 1), StringComparison.Ordinal))
                return family with { Name = name };
        return new KpiInfo(name, "", KpiAggregation.Mean, KpiDirection.Neutral, "");
    }

    /// <summary>
    /// The one number a run gives for this KPI of this entity. Days without a value (NaN: a
    /// market with no trade has no VWAP) are left out; with none at all the result is NaN.
    /// </summary>
    public static double Aggregate(KpiSeries series, string kpi)
    {
        int k = series.IndexOf(kpi);
        if (k < 0) return double.NaN;
        double sum = 0, last = double.NaN;
        int count = 0;
        for (int day = 0; day < series.Days; day++)
        {
            double v = series.Get(day, k);
            if (!double.IsFinite(v)) continue;
            sum += v;
            last = v;
            count++;
        }
        return Info(kpi).Aggregation switch
        {
            KpiAggregation.Sum => count == 0 ? double.NaN : sum,
            KpiAggregation.Last => last,
            _ => count == 0 ? double.NaN : sum / count,
        };
    }
}
