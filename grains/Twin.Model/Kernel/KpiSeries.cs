namespace Twin.Model.Kernel;

/// <summary>
/// One entity's KPIs for a run: a value per KPI per day, stored day-major
/// (<c>Values[day * Names.Count + k]</c>), and the events behind its quantile KPIs.
/// </summary>
public sealed record KpiSeries(string EntityId, string Kind, IReadOnlyList<string> Names, int Days, double[] Values, KpiEventLog? Events = null)
{
    public KpiEventLog EventLog => Events ?? KpiEventLog.Empty;

    public double Get(int day, int kpi) => Values[day * Names.Count + kpi];

    public int IndexOf(string kpi)
    {
        for (int i = 0; i < Names.Count; i++)
            if (Names[i] == kpi) return i;
        return -1;
    }

    /// <summary>The daily values of one KPI; empty if the entity does not record it.</summary>
    public double[] Series(string kpi)
    {
        int k = IndexOf(kpi);
        if (k < 0) return [];
        var result = new double[Days];
        for (int d = 0; d < Days; d++) result[d] = Get(d, k);
        return result;
    }

    /// <summary>The value of one KPI on the last day; NaN if the entity does not record it or nothing was recorded.</summary>
    public double Last(string kpi) => IndexOf(kpi) is var k and >= 0 && Days > 0 ? Get(Days - 1, k) : double.NaN;

    /// <summary>The total of one KPI over every recorded day; NaN if the entity does not record it.</summary>
    public double Sum(string kpi)
    {
        int k = IndexOf(kpi);
        if (k < 0) return double.NaN;
        double sum = 0;
        for (int d = 0; d < Days; d++) sum += Get(d, k);
        return sum;
    }
}
