namespace Twin.Model.Kernel;

/// <summary>Accumulates an entity's KPIs day by day in one flat array, and the events behind its quantile KPIs.</summary>
public sealed class KpiRecorder : IKpiEvents
{
    private readonly int _width;
    private double[] _values;
    private int _days;
    private readonly List<int> _eventDays = [];
    private readonly List<int> _eventKpis = [];
    private readonly List<double> _eventValues = [];
    private readonly List<double> _eventWeights = [];

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
        if (needed > _values.Length) Array.Resize(ref _values, Math.Max(needed, _values.Length * 2));
        _days++;
        var row = _values.AsSpan(day * _width, _width);
        row.Clear();
        return row;
    }

    /// <summary>Records an event of the day whose row was taken last.</summary>
    public void Add(int kpi, double value, double weight)
    {
        if ((uint)kpi >= (uint)_width) throw new ArgumentOutOfRangeException(nameof(kpi));
        _eventDays.Add(_days - 1);
        _eventKpis.Add(kpi);
        _eventValues.Add(value);
        _eventWeights.Add(weight);
    }

    /// <summary>Replaces a recorded value (an observation for a day already stepped); returns the value it replaced.</summary>
    public double Override(int day, int kpi, double value)
    {
        if ((uint)day >= (uint)_days) throw new ArgumentOutOfRangeException(nameof(day), $"day {day} is not recorded yet (recorded: {_days} days).");
        ref var slot = ref _values[day * _width + kpi];
        var previous = slot;
        slot = value;
        return previous;
    }

    /// <summary>The values recorded so far, day-major, without copying.</summary>
    public ReadOnlySpan<double> Values => _values.AsSpan(0, _days * _width);

    /// <summary>The events recorded so far (a copy).</summary>
    public KpiEventLog Events => _eventDays.Count == 0
        ? KpiEventLog.Empty
        : new KpiEventLog([.. _eventDays], [.. _eventKpis], [.. _eventValues], [.. _eventWeights]);

    public KpiSeries ToSeries(string entityId, string kind) =>
        new(entityId, kind, Names, _days, _values.AsSpan(0, _days * _width).ToArray(), Events);

    /// <summary>Restores the series (and its events) recorded up to a checkpoint.</summary>
    public void Restore(double[] values, int days, KpiEventLog events)
    {
        if (values.Length != days * _width)
            throw new ArgumentException("Checkpointed KPI values do not match the entity's KPI names.", nameof(values));
        _values = new double[Math.Max(values.Length, _values.Length)];
        values.CopyTo(_values, 0);
        _days = days;
        _eventDays.Clear(); _eventKpis.Clear(); _eventValues.Clear(); _eventWeights.Clear();
        _eventDays.AddRange(events.Days);
        _eventKpis.AddRange(events.Kpis);
        _eventValues.AddRange(events.Values);
        _eventWeights.AddRange(events.Weights);
    }
}
