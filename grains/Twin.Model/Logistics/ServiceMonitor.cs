using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// An order desk's view of the service its shippers get, per country and goods class: each day the
/// tonne-weighted delivered cost G of the orders it split against the reference G0 (published
/// figures, no waits), a target factor (G/G0)^(−elasticity) within bounds, and the factor moving
/// towards it by a share of the gap a day. The towns hear of a change (docs/model.md, "Service
/// and export demand").
/// </summary>
public sealed class ServiceMonitor
{
    /// <summary>Towns hear of a change of at least this much, or of the factor reaching its target: fewer messages, same direction.</summary>
    private const double ReportStep = 0.001;

    /// <summary>Closer than this, the factor takes its target, so full service gives exactly 1 again.</summary>
    private const double Snap = 1e-4;

    private readonly SortedDictionary<int, double> _nodeWaits = [];
    private ServiceResponseSpec _spec = new();
    private bool[] _owned = new bool[3];
    private int[] _towns = [];
    private double[] _factor = [], _target = [], _sent = [], _cost = [], _reference = [];

    public bool Enabled => _spec.Enabled;

    /// <summary>The latest wait at each hub and warehouse, by entity index.</summary>
    public IReadOnlyDictionary<int, double> NodeWaits => _nodeWaits;

    public double Factor(int country, GoodsClass goods) => _factor[country * 3 + (int)goods];

    public void Bind(LogisticsNetwork network, int self)
    {
        _spec = network.Scenario.Logistics?.ServiceResponse ?? new ServiceResponseSpec();
        _owned = GoodsClasses.All.Select(g => network.DeskOf.Length > 0 && network.DeskOf[(int)g] == self).ToArray();
        _towns = network.Towns;
        int size = network.Scenario.Countries.Count * 3;
        if (_factor.Length == size) return;
        _factor = Ones(size);
        _target = Ones(size);
        _sent = Ones(size);
        _cost = new double[size];
        _reference = new double[size];
    }

    public void ObserveNode(int node, double waitDays) => _nodeWaits[node] = waitDays;

    /// <summary>Adds one order's tonnes at delivered cost <paramref name="cost"/> and reference cost <paramref name="reference"/> per tonne.</summary>
    public void Record(int country, GoodsClass goods, double tonnes, double cost, double reference)
    {
        int k = country * 3 + (int)goods;
        _cost[k] += tonnes * cost;
        _reference[k] += tonnes * reference;
    }

    /// <summary>Moves each factor this desk owns towards its target and tells the towns of the changes.</summary>
    public void EndOfDay(Outbox outbox)
    {
        // Switched off: full service at once.
        double adjustment = Enabled ? _spec.AdjustmentPerDay : 1;
        for (int k = 0; k < _factor.Length; k++)
        {
            var goods = (GoodsClass)(k % 3);
            if (!_owned[(int)goods]) continue;
            if (!Enabled) _target[k] = 1;
            else if (_reference[k] > 0 && _cost[k] > 0)
                _target[k] = Math.Clamp(Math.Pow(_cost[k] / _reference[k], -_spec.Elasticity), _spec.MinFactor, _spec.MaxFactor);
            // A day without orders keeps the last target.
            _cost[k] = _reference[k] = 0;
            double f = _factor[k] + adjustment * (_target[k] - _factor[k]);
            if (Math.Abs(_target[k] - f) < Snap) f = _target[k];
            _factor[k] = f;
            if (f == _sent[k] || (Math.Abs(f - _sent[k]) < ReportStep && f != _target[k])) continue;
            foreach (int town in _towns) ServiceFactorCodec.Send(outbox, town, k / 3, goods, f);
            _sent[k] = f;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_factor.Length);
        for (int k = 0; k < _factor.Length; k++)
        {
            writer.Write(_factor[k]);
            writer.Write(_target[k]);
            writer.Write(_sent[k]);
        }
        writer.Write(_nodeWaits.Count);
        foreach (var (node, wait) in _nodeWaits)
        {
            writer.Write(node);
            writer.Write(wait);
        }
    }

    public void Read(BinaryReader reader)
    {
        int size = reader.ReadInt32();
        (_factor, _target, _sent, _cost, _reference) = (new double[size], new double[size], new double[size], new double[size], new double[size]);
        for (int k = 0; k < size; k++)
        {
            _factor[k] = reader.ReadDouble();
            _target[k] = reader.ReadDouble();
            _sent[k] = reader.ReadDouble();
        }
        _nodeWaits.Clear();
        for (int n = reader.ReadInt32(); n > 0; n--) _nodeWaits[reader.ReadInt32()] = reader.ReadDouble();
    }

    private static double[] Ones(int size) => Enumerable.Repeat(1.0, size).ToArray();
}
