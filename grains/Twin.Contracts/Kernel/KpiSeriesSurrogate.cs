using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>The wire form of an entity's <see cref="KpiSeries"/>, its quantile KPIs' events flattened.</summary>
[GenerateSerializer, Immutable]
public readonly struct KpiSeriesSurrogate
{
    [Id(0)] public string EntityId { get; init; }
    [Id(1)] public string Kind { get; init; }
    [Id(2)] public string[] Names { get; init; }
    [Id(3)] public int Days { get; init; }
    [Id(4)] public double[] Values { get; init; }
    [Id(5)] public int[]? EventDays { get; init; }
    [Id(6)] public int[]? EventKpis { get; init; }
    [Id(7)] public double[]? EventValues { get; init; }
    [Id(8)] public double[]? EventWeights { get; init; }
}

[RegisterConverter]
public sealed class KpiSeriesConverter : IConverter<KpiSeries, KpiSeriesSurrogate>
{
    public KpiSeries ConvertFromSurrogate(in KpiSeriesSurrogate s) => new(s.EntityId, s.Kind, s.Names, s.Days, s.Values,
        s.EventDays is { Length: > 0 } ? new KpiEventLog(s.EventDays, s.EventKpis!, s.EventValues!, s.EventWeights!) : KpiEventLog.Empty);

    public KpiSeriesSurrogate ConvertToSurrogate(in KpiSeries k) => new()
    {
        EntityId = k.EntityId, Kind = k.Kind, Names = k.Names.ToArray(), Days = k.Days, Values = k.Values,
        EventDays = k.EventLog.Days, EventKpis = k.EventLog.Kpis, EventValues = k.EventLog.Values, EventWeights = k.EventLog.Weights,
    };
}
