using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace Twin.Silo.Telemetry;

/// <summary>
/// Orleans tags its messaging measurements `ConnectionDirection` and `MessageDirection` once a
/// client has connected; Prometheus label names are snake_case and `promtool check metrics`
/// rejects the rest. OpenTelemetry's views can keep or drop tags but not rename them, so the
/// messaging counters and histograms are dropped by the view and published again here, under the
/// same names, with every tag key in snake_case (`connection_direction`).
/// </summary>
public sealed class OrleansTagNames : IDisposable
{
    private const string Prefix = "orleans-messaging-";
    private readonly Meter _meter = new(OrleansBaseUnits.MeterName + ".Messaging");
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, Instrument> _mirrors = new();

    public OrleansTagNames()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (!IsMirrored(instrument)) return;
            var description = string.IsNullOrWhiteSpace(instrument.Description)
                ? $"Orleans: {instrument.Name.Replace("orleans-", "", StringComparison.Ordinal).Replace('-', ' ')}." : instrument.Description;
            Instrument mirror = _mirrors.GetOrAdd(instrument.Name, name => IsCounter(instrument)
                ? _meter.CreateCounter<double>(name, instrument.Unit, description)
                : _meter.CreateHistogram<double>(name, instrument.Unit, description));
            listener.EnableMeasurementEvents(instrument, mirror);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<float>((_, value, tags, state) => Record(state, value, tags));
        _listener.Start();
    }

    /// <summary>Orleans' messaging counters and histograms (not those <see cref="OrleansBaseUnits"/> already republishes in seconds).</summary>
    public static bool IsMirrored(Instrument instrument) =>
        instrument.Meter.Name == OrleansBaseUnits.OrleansMeter
        && instrument.Name.StartsWith(Prefix, StringComparison.Ordinal)
        && !OrleansBaseUnits.IsReplaced(instrument)
        && (IsCounter(instrument) || IsHistogram(instrument));

    /// <summary>`ConnectionDirection` → `connection_direction`; snake_case keys stay as they are.</summary>
    public static string SnakeCase(string key)
    {
        var name = new StringBuilder(key.Length + 4);
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            if (char.IsUpper(c) && i > 0 && key[i - 1] != '_' && key[i - 1] != '.') name.Append('_');
            name.Append(c == '.' || c == '-' ? '_' : char.ToLowerInvariant(c));
        }
        return name.ToString();
    }

    /// <summary>The measurement's tags with snake_case keys.</summary>
    public static KeyValuePair<string, object?>[] Renamed(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var renamed = new KeyValuePair<string, object?>[tags.Length];
        for (int i = 0; i < tags.Length; i++) renamed[i] = new(SnakeCase(tags[i].Key), tags[i].Value);
        return renamed;
    }

    private static void Record(object? state, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var renamed = Renamed(tags);
        switch (state)
        {
            case Counter<double> counter: counter.Add(value, renamed); break;
            case Histogram<double> histogram: histogram.Record(value, renamed); break;
        }
    }

    private static bool IsCounter(Instrument instrument) => IsGeneric(instrument, typeof(Counter<>));

    private static bool IsHistogram(Instrument instrument) => IsGeneric(instrument, typeof(Histogram<>));

    private static bool IsGeneric(Instrument instrument, Type definition) =>
        instrument.GetType().IsGenericType && instrument.GetType().GetGenericTypeDefinition() == definition;

    public void Dispose()
    {
        _listener.Dispose();
        _meter.Dispose();
    }
}
