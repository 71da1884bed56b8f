using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using Orleans.Statistics;

namespace Twin.Silo.Telemetry;

/// <summary>
/// Orleans reports latencies in milliseconds and memory in megabytes, and most of its instruments
/// carry no description; Prometheus wants base units and help text (promtool's lint rejects the
/// rest). So the Orleans families are exported with a help text, and the ones in other units are
/// dropped and published again here, under the same names, in seconds and bytes: latency
/// histograms by listening to their measurements, memory from Orleans' own environment statistics.
/// </summary>
public sealed class OrleansBaseUnits : IDisposable
{
    public const string OrleansMeter = "Microsoft.Orleans";
    public const string MeterName = "Twin.Orleans";

    private static readonly double[] SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private readonly Meter _meter = new(MeterName);
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, Histogram<double>> _histograms = new();

    public OrleansBaseUnits(IEnvironmentStatisticsProvider environment)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (!IsReplaced(instrument) || instrument.Unit != "ms") return; // the memory gauges come from the environment statistics below
            var target = _histograms.GetOrAdd(instrument.Name, name => _meter.CreateHistogram(name, "s", Describe(name, instrument.Description),
                tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets }));
            listener.EnableMeasurementEvents(instrument, target);
        };
        // Tag keys in snake_case too: Orleans' camelCase ones are not valid Prometheus label names (see OrleansTagNames).
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((Histogram<double>)state!).Record(value / 1000, OrleansTagNames.Renamed(tags)));
        _listener.SetMeasurementEventCallback<float>((_, value, tags, state) => ((Histogram<double>)state!).Record(value / 1000.0, OrleansTagNames.Renamed(tags)));
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((Histogram<double>)state!).Record(value / 1000.0, OrleansTagNames.Renamed(tags)));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((Histogram<double>)state!).Record(value / 1000.0, OrleansTagNames.Renamed(tags)));
        _listener.Start();

        _meter.CreateObservableGauge("orleans-runtime-available-memory", () => environment.GetEnvironmentStatistics().FilteredAvailableMemoryBytes,
            unit: "By", description: "Orleans: memory available to the silo for allocations.");
        _meter.CreateObservableGauge("orleans-runtime-total-physical-memory", () => environment.GetEnvironmentStatistics().MaximumAvailableMemoryBytes,
            unit: "By", description: "Orleans: the most memory the silo may use.");
        _meter.CreateObservableGauge("orleans-runtime-memory-usage", () => environment.GetEnvironmentStatistics().FilteredMemoryUsageBytes,
            unit: "By", description: "Orleans: memory the silo's process uses.");
        _meter.CreateObservableGauge("orleans-runtime-cpu-usage-ratio", () => environment.GetEnvironmentStatistics().FilteredCpuUsagePercentage / 100.0,
            description: "Orleans: CPU usage of the host, as a ratio (1 = every core busy).");
    }

    /// <summary>
    /// The Orleans instruments this class publishes instead: latency histograms in milliseconds and
    /// the two memory gauges in megabytes. Anything else in another unit is left alone, so the
    /// promtool test notices it rather than it vanishing from the export.
    /// </summary>
    public static bool IsReplaced(Instrument instrument) =>
        instrument.Meter.Name == OrleansMeter
        && ((instrument.Unit == "ms" && instrument.GetType().IsGenericType && instrument.GetType().GetGenericTypeDefinition() == typeof(Histogram<>))
            || (instrument.Unit == "MB" && instrument.Name is "orleans-runtime-available-memory" or "orleans-runtime-total-physical-memory"));

    /// <summary>The view for the Orleans meter: drop what is replaced, give the rest a help text.</summary>
    public static MetricStreamConfiguration? View(Instrument instrument)
    {
        if (instrument.Meter.Name != OrleansMeter) return null;
        if (IsReplaced(instrument) || OrleansTagNames.IsMirrored(instrument)) return MetricStreamConfiguration.Drop;
        return string.IsNullOrWhiteSpace(instrument.Description) ? new MetricStreamConfiguration { Description = Describe(instrument.Name, null) } : null;
    }

    private static string Describe(string name, string? description) =>
        string.IsNullOrWhiteSpace(description) ? $"Orleans: {name.Replace("orleans-", "", StringComparison.Ordinal).Replace('-', ' ')}." : description;

    public void Dispose()
    {
        _listener.Dispose();
        _meter.Dispose();
    }
}
