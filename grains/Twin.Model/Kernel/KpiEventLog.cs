namespace Twin.Model.Kernel;

/// <summary>
/// The events behind an entity's quantile KPIs (each arrival's transit days with its TEU), kept
/// beside the daily values so a quantile over any window is computed from the pooled events.
/// Parallel arrays in the order recorded, so days never decrease.
/// </summary>
public sealed record KpiEventLog(int[] Days, int[] Kpis, double[] Values, double[] Weights)
{
    public static readonly KpiEventLog Empty = new([], [], [], []);

    public int Count => Days.Length;

    /// <summary>The events of days <paramref name="fromDay"/> onwards, their days counted from it.</summary>
    public KpiEventLog From(int fromDay)
    {
        int start = 0;
        while (start < Days.Length && Days[start] < fromDay) start++;
        if (start == 0 && fromDay == 0) return this;
        return new KpiEventLog(Days[start..].Select(d => d - fromDay).ToArray(), Kpis[start..], Values[start..], Weights[start..]);
    }

    /// <summary>The weighted <paramref name="probability"/> quantile of one KPI's events on days within [from, to]; NaN without any.</summary>
    public double Quantile(int kpi, double probability, int from, int to)
    {
        var picked = new List<(double Value, double Weight)>();
        double total = 0;
        for (int i = 0; i < Days.Length; i++)
        {
            if (Kpis[i] != kpi || Days[i] < from || Days[i] > to || !(Weights[i] > 0)) continue;
            picked.Add((Values[i], Weights[i]));
            total += Weights[i];
        }
        return WeightedQuantile(picked, total, probability);
    }

    /// <summary>The smallest value whose cumulative weight reaches <paramref name="probability"/> of the total; NaN if there is none.</summary>
    public static double WeightedQuantile(List<(double Value, double Weight)> items, double total, double probability)
    {
        if (items.Count == 0) return double.NaN;
        items.Sort((a, b) => a.Value.CompareTo(b.Value));
        double cumulative = 0;
        foreach (var (value, weight) in items)
        {
            cumulative += weight;
            if (cumulative >= probability * total) return value;
        }
        return items[^1].Value;
    }
}
