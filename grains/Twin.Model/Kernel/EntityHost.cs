using System.Runtime.InteropServices;
using Twin.Model.Scenarios;

namespace Twin.Model.Kernel;

/// <summary>
/// Runs one entity's model through the kernel's rules: interventions at the start of their day,
/// the inbox in canonical order, KPIs recorded per day. Grains and the sequential runner both step
/// entities through this class, so they cannot drift apart.
/// </summary>
public sealed class EntityHost
{
    private readonly EntitySetup _setup;
    private readonly InterventionSchedule _schedule;
    private readonly IEntityModel _model;
    private readonly KpiRecorder _kpis;
    private Scenario _scenario;
    private int _nextDay;

    public EntityHost(EntitySetup setup, int expectedDays)
    {
        _setup = setup;
        // Looked up once: the directory lookup by id is a string hash, once per step otherwise.
        Index = setup.Index;
        _schedule = InterventionSchedule.For(setup.Scenario.Interventions, setup.Entity.Path);
        _scenario = ScenarioPatcher.Apply(setup.Scenario, _schedule.InitialLevers);
        _model = EntityCatalog.Create(ReferenceEquals(_scenario, setup.Scenario) ? setup : setup with { Scenario = _scenario });
        _kpis = new KpiRecorder(_model.KpiNames, expectedDays);
    }

    public EntityDescriptor Entity => _setup.Entity;

    public int Index { get; }

    /// <summary>The next day this entity will step.</summary>
    public int NextDay => _nextDay;

    public IEntityModel Model => _model;

    /// <summary>
    /// Steps day <paramref name="day"/> with its inbox (any order; it is sorted here) and returns
    /// the outbox. Observations replace the simulated values of their days (today's after the
    /// step, past days' at once) and let the model correct its state.
    /// </summary>
    public Message[] Step(int day, Message[] inbox, IReadOnlyList<ObservedValue>? observed = null)
    {
        if (day != _nextDay)
            throw new InvalidOperationException($"Entity '{Entity.Id}' asked to step day {day} but is at day {_nextDay}.");

        var levers = _schedule.LeversOn(day);
        if (levers.Length > 0)
        {
            _scenario = ScenarioPatcher.Apply(_scenario, levers);
            _model.Rebind(_scenario);
        }

        if (observed is not null) ApplyObservations(observed.Where(o => o.Day < day));
        CanonicalOrder.Sort(inbox);
        var row = _kpis.Row(day);
        var context = new StepContext(day, _setup.Scenario.Start.AddDays(day), _schedule.IsClosed(day), _kpis);
        var outbox = Outbox.Rent(Index);
        Message[] sent;
        try
        {
            _model.Step(context, inbox, outbox, row);
            sent = outbox.ToArray();
        }
        finally
        {
            Outbox.Return(outbox);
        }
        _nextDay = day + 1;
        if (observed is not null) ApplyObservations(observed.Where(o => o.Day == day));
        return sent;
    }

    private void ApplyObservations(IEnumerable<ObservedValue> observed)
    {
        foreach (var o in observed)
        {
            int k = IndexOfKpi(o.Kpi);
            if (k < 0) throw new ArgumentException($"Entity '{Entity.Id}' records no KPI '{o.Kpi}'.");
            double simulated = _kpis.Override(o.Day, k, o.Value);
            (_model as IObservationAware)?.Nudge(o.Kpi, o.Day, simulated, o.Value);
        }
    }

    private int IndexOfKpi(string kpi)
    {
        for (int i = 0; i < _kpis.Names.Count; i++)
            if (_kpis.Names[i] == kpi) return i;
        return -1;
    }

    public KpiSeries Kpis => _kpis.ToSeries(Entity.Id, Entity.Kind);

    /// <summary>The KPIs of the last <paramref name="days"/> days recorded (fewer if fewer were).</summary>
    public KpiSeries RecentKpis(int days)
    {
        int width = _kpis.Names.Count, recorded = _kpis.Days, n = Math.Clamp(days, 0, recorded);
        return new KpiSeries(Entity.Id, Entity.Kind, _kpis.Names, n, _kpis.Values.Slice((recorded - n) * width, n * width).ToArray(),
            _kpis.Events.From(recorded - n));
    }

    /// <summary>The host's whole state: next day, recorded KPIs and the model's state, compressed (<see cref="Zlib"/>).</summary>
    public byte[] SaveState()
    {
        using var packed = new MemoryStream();
        using (var compressor = new ZlibChunkWriter(packed))
        {
            var writer = compressor.Writer;
            writer.Write(_nextDay);
            var values = _kpis.Values;
            writer.Write(values.Length);
            writer.Write(MemoryMarshal.AsBytes(values));
            KpiEventLogIO.Write(writer, _kpis.Events);
            _model.WriteState(writer);
        }
        return packed.ToArray();
    }

    /// <summary>Restores a state saved by <see cref="SaveState"/>, re-applying the levers in force by then.</summary>
    /// <param name="streamsKey">For a replication of a fork: its key, which moves every random stream to that replication's own (<see cref="Randomness.StreamRekey"/>).</param>
    public void LoadState(byte[] state, string? streamsKey = null)
    {
        var input = Zlib.Decompress(new MemoryStream(state));
        using var reader = streamsKey is null ? new BinaryReader(input) : new Randomness.RekeyingReader(input, streamsKey);
        int nextDay = reader.ReadInt32();
        var values = new double[reader.ReadInt32()];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        var events = KpiEventLogIO.Read(reader);
        var inForce = _schedule.LeversUpTo(nextDay - 1).Where(i => i.Day > 0).ToArray();
        if (inForce.Length > 0)
        {
            _scenario = ScenarioPatcher.Apply(_scenario, inForce);
            _model.Rebind(_scenario);
        }
        _model.ReadState(reader);
        _kpis.Restore(values, nextDay, events);
        _nextDay = nextDay;
    }
}
