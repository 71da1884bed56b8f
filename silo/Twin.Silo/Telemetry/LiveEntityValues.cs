namespace Twin.Silo.Telemetry;

/// <summary>
/// One entity of the live twin as the metrics read it: the latest day's KPIs (gated gauges hold
/// their last meaningful value) and each KPI's total over the days this silo has counted.
/// </summary>
public sealed record LiveEntityValues(string Id, string Kind, IReadOnlyList<string> Names, double[] Latest, double[] Totals)
{
    public int IndexOf(string kpi)
    {
        for (int i = 0; i < Names.Count; i++)
            if (Names[i] == kpi) return i;
        return -1;
    }
}
