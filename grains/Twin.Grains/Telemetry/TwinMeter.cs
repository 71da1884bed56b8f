using System.Diagnostics.Metrics;

namespace Twin.Grains.Telemetry;

/// <summary>
/// The twin's own meter. Instrument names are already Prometheus names (snake case, base units in
/// the name, no unit metadata), so the exporter prints them as they are, adding only `_total` to
/// counters. The silo exports this meter beside `Microsoft.Orleans` at `/metrics`.
/// </summary>
public static class TwinMeter
{
    public const string Name = "Twin";

    public static readonly Meter Instance = new(Name, typeof(TwinMeter).Assembly.GetName().Version?.ToString());
}
