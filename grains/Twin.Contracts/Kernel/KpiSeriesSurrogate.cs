using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>The wire form of an entity's <see cref="KpiSeries"/>.</summary>
[GenerateSerializer, Immutable]
public readonly struct KpiSeriesSurrogate
{
    [Id(0)] public string EntityId { get; init; }
    [Id(1)] public string Kind { get; init; }
    [Id(2)] public string[] Names { get; init; }
    [Id(3)] public int Days { get; init; }
    [Id(4)] public double[] Values { get; init; }
}

[RegisterConverter]
public sealed class KpiSeriesConverter : IConverter<KpiSeries, KpiSeriesSurrogate>
{
    public KpiSeries ConvertFromSurrogate(in KpiSeriesSurrogate s) => new(s.EntityId, s.Kind, s.Names, s.Days, s.Values);

    public KpiSeriesSurrogate ConvertToSurrogate(in KpiSeries k) => new()
    {
        EntityId = k.EntityId, Kind = k.Kind, Names = k.Names.ToArray(), Days = k.Days, Values = k.Values,
    };
}
