namespace Twin.Model.Kernel;

/// <summary>Accumulates an entity's KPIs day by day in one flat array, and the events behind its quantile KPIs.</summary>
public sealed class KpiRecorder : IKpiEvents
{
    private readonly int _width;
    private double[] _values;
    private int _days;
    // Set while a KpiSeries shares _values (ToSeries at a full array): the next write copies first.
    private bool _valuesShared;
    // Made on the first event: most entities record none, and a million of them would otherwise
    // hold four empty lists each.
    private EventColumns? _events;

    public KpiRecorder(IReadOnlyList<string> names, int expectedDays)
    {
        Names = names;
        _width = names.Count;
        _values = new double[Math.Max(1, expectedDays) * _width];
    }

    public IReadOnlyList<string> Names { get; }

    public int Days => _days;

    /// <summary>The row to fill for <paramref name="day"/>; days must come in order, each once.</summary>
    public Span<double> Row(int day)
    {
        if (day != _days)
            throw new InvalidOperationException($"KPIs for day {day} recorded out of order (expected day {_days}).");
        int needed = (day + 1) * _width;
        if (needed > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(needed, _values.Length * 2));
            _valuesShared = false;
        }
        _days++;
        var row = _values.AsSpan(day * _width, _width);
        row.Clear();
        return row;
    }

    /// <summary>Records an event of the day whose row was taken last.</summary>
    public void Add(int kpi, double value, double weight)
    {
        if ((uint)kpi >= (uint)_width) throw new ArgumentOutOfRangeException(nameof(kpi));
        var events = _events ??= new EventColumns();
        events.Days.Add(_days - 1);
        events.Kpis.Add(kpi);
        events.Values.Add(value);
        events.Weights.Add(weight);
    }

    /// <summary>Replaces a recorded value (an observation for a day already stepped); returns the value it replaced.</summary>
    public double Override(int day, int kpi, double value)
    {
        if ((uint)day >= (uint)_days) throw new ArgumentOutOfRangeException(nameof(day), $"day {day} is not recorded yet (recorded: {_days} days).");
        if (_valuesShared)
        {
            _values = (double[])_values.Clone();
            _valuesShared = false;
        }
        ref var slot = ref _values[day * _width + kpi];
        var previous = slot;
        slot = value;
        return previous;
    }

    /// <summary>The values recorded so far, day-major, without copying.</summary>
    public ReadOnlySpan<double> Values => _values.AsSpan(0, _days * _width);

    /// <summary>The events recorded so far (a copy).</summary>
    public KpiEventLog Events => _events is not { Days.Count: > 0 } events
        ? KpiEventLog.Empty
        : new KpiEventLog([.. events.Days], [.. events.Kpis], [.. events.Values], [.. events.Weights]);

    /// <summary>
    /// The series recorded so far. At the end of a run the array is exactly full, and the series
    /// shares it rather than copying it (a million entities' copies were most of a run's peak
    /// memory); a later write to this recorder copies the array first.
    /// </summary>
    public KpiSeries ToSeries(string entityId, string kind)
    {
        int length = _days * _width;
        double[] values;
        if (_values.Length == length)
        {
            values = _values;
            _valuesShared = true;
        }
        else values = _values.AsSpan(0, length).ToArray();
        return new(entityId, kind, Names, _days, values, Events);
    }

    /// <summary>Restores the series (and its events) recorded up to a checkpoint.</summary>
    public void Restore(double[] values, int days, KpiEventLog events)
    {
        if (values.Length != days * _width)
            throw new ArgumentException("Checkpointed KPI values do not match the entity's KPI names.", nameof(values));
        _values = new double[Math.Max(values.Length, _values.Length)];
        _valuesShared = false;
        values.CopyTo(_values, 0);
        _days = days;
        _events = null;
        if (events.Count == 0) return;
        _events = new EventColumns();
        _events.Days.AddRange(events.Days);
        _events.Kpis.AddRange(events.Kpis);
        _events.Values.AddRange(events.Values);
        _events.Weights.AddRange(events.Weights);
    }

    /// <summary>The events behind quantile KPIs, column by column.</summary>
    private sealed class EventColumns
    {
        public readonly List<int> Days = [];
        public readonly List<int> Kpis = [];
        public readonly List<double> Values = [];
        public readonly List<double> Weights = [];
    }
}
