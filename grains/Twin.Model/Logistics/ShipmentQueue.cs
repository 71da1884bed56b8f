using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// Shipments held at one place (a hub's yard, a route's departure queue), taken in priority
/// order up to a capacity; the last one taken is split if only part of it fits.
/// </summary>
public sealed class ShipmentQueue
{
    private List<Shipment> _items = [];
    private List<Shipment> _spare = [];
    private long _nextSeq;

    public int Count => _items.Count;

    public IReadOnlyList<Shipment> Items => _items;

    public void Add(Shipment shipment, int readyDay)
    {
        shipment.ReadyDay = readyDay;
        shipment.Seq = _nextSeq++;
        _items.Add(shipment);
    }

    public double Teu => Total(static s => s.Teu);

    public double Value => Total(static s => s.Value);

    public double Units(CapacityUnit unit) => unit == CapacityUnit.Teu ? Teu : Total(static s => s.Tonnes);

    /// <summary>A plain loop: queues are summed several times a day for every route and hub.</summary>
    private double Total(Func<Shipment, double> field)
    {
        double sum = 0;
        foreach (var s in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items)) sum += field(s);
        return sum;
    }

    /// <summary>Units of the shipments ready by <paramref name="day"/>.</summary>
    public double ReadyUnits(int day, CapacityUnit unit) => _items.Where(s => s.ReadyDay <= day).Sum(s => s.Units(unit));

    /// <summary>The earliest creation day among ready shipments, or null.</summary>
    public int? OldestReady(int day) => _items.Where(s => s.ReadyDay <= day).Select(s => (int?)s.CreatedDay).Min();

    public bool AnyReady(int day, GoodsClass goods) => _items.Any(s => s.ReadyDay <= day && s.Goods == goods);

    /// <summary>Moves ready shipments into <paramref name="taken"/> in priority order until <paramref name="capacity"/> units are used.</summary>
    /// <returns>The units taken.</returns>
    public double Take(int day, double capacity, CapacityUnit unit, List<Shipment> taken)
    {
        _items.Sort(ShipmentPriority.Instance);
        _spare.Clear();
        double used = 0;
        foreach (var s in _items)
        {
            double units = s.Units(unit);
            double room = capacity - used;
            if (s.ReadyDay > day || room <= 1e-12 * Math.Max(1, capacity))
            {
                _spare.Add(s);
                continue;
            }
            if (units <= room)
            {
                taken.Add(s);
                used += units;
                continue;
            }
            double share = room / units;
            taken.Add(s.Part(share));
            var rest = s.Part(1 - share);
            _spare.Add(rest);
            used = capacity;
        }
        (_items, _spare) = (_spare, _items);
        return used;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_nextSeq);
        ShipmentIO.WriteAll(writer, _items);
    }

    public void Read(BinaryReader reader)
    {
        _nextSeq = reader.ReadInt64();
        _items = ShipmentIO.ReadAll(reader);
    }
}
