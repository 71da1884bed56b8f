using Twin.Model.Kernel;

namespace Twin.Contracts.Kernel;

/// <summary>The wire form of a model <see cref="ObservedValue"/>.</summary>
[GenerateSerializer, Immutable]
public readonly struct ObservedValueSurrogate
{
    [Id(0)] public string Kpi { get; init; }
    [Id(1)] public int Day { get; init; }
    [Id(2)] public double Value { get; init; }
}

[RegisterConverter]
public sealed class ObservedValueConverter : IConverter<ObservedValue, ObservedValueSurrogate>
{
    public ObservedValue ConvertFromSurrogate(in ObservedValueSurrogate s) => new(s.Kpi, s.Day, s.Value);

    public ObservedValueSurrogate ConvertToSurrogate(in ObservedValue o) => new() { Kpi = o.Kpi, Day = o.Day, Value = o.Value };
}

/// <summary>An observed value for one entity of a run, by its index in the run's directory.</summary>
[GenerateSerializer, Immutable]
public sealed record EntityObservation([property: Id(0)] int Entity, [property: Id(1)] ObservedValue Value);
