using Twin.Model.Logistics;
using Twin.Model.Randomness;

namespace Twin.Model.Expo;

public sealed partial class ExpoModel
{
    /// <summary>An import ordered and not yet all received: its shelf, the gateway it comes through, the TEU still to come.</summary>
    private sealed class PendingOrder
    {
        public int Shelf;
        public int Via;
        public double Teu;

        /// <summary>The day the goods reach the gateway, which ships them on: the order goes to it then.</summary>
        public int SendDay;

        public int Country;
        public double Tonnes;
        public double Value;
    }

    private double[] _stock;
    private readonly List<PendingOrder> _onOrder = [];

    /// <summary>
    /// A review: a shelf whose stock plus goods on order is below its reorder point orders up to its
    /// shelf capacity, as one import order to its gateway (an (s, S) policy).
    /// </summary>
    private void Reorder(int day, Kernel.Outbox outbox, Span<double> kpis)
    {
        for (int i = 0; i < _stock.Length; i++)
        {
            var shelf = _spec.Shelves[i];
            double onOrder = _onOrder.Where(o => o.Shelf == i).Sum(o => o.Teu) * shelf.ItemsPerTeu;
            double position = _stock[i] + onOrder;
            if (position >= shelf.ReorderShare * shelf.ShelfItems) continue;
            double items = shelf.ShelfItems - position;
            double teu = items / shelf.ItemsPerTeu;
            // Until LeadDays have passed the goods are with the supplier or at sea, outside the twin's network.
            _onOrder.Add(new PendingOrder
            {
                Shelf = i, Via = _via[i], Teu = teu, SendDay = day + Math.Max(0, shelf.LeadDays - 1),
                Country = _country[i], Tonnes = teu * shelf.TonnesPerTeu, Value = items * shelf.PriceCny * (1 - shelf.Margin),
            });
            kpis[ExpoKpis.ImportOrdersTeu] += teu;
        }
    }

    /// <summary>Hands the orders whose goods reach their gateway tomorrow to the gateway (the message takes the night).</summary>
    private void Dispatch(int day, Kernel.Outbox outbox)
    {
        foreach (var o in _onOrder)
            if (o.SendDay == day)
                ImportOrderCodec.Send(outbox, o.Via, o.Country, o.Teu, o.Tonnes, o.Value);
    }

    /// <summary>
    /// Imports from the hub: they fill the oldest orders placed through the gateway they came from
    /// (the return legs load oldest first), oldest hand-over first, and pay duty as they leave the bonded zone.
    /// </summary>
    private void Receive(in Shipment s, int day, Span<double> kpis)
    {
        _flows.Delivered(s);
        kpis[ExpoKpis.ImportTeuReceived] += s.Teu;
        kpis[ExpoKpis.ImportValue] += s.Value;
        kpis[ExpoKpis.Duty] += s.Value * _spec.DutyRate;
        kpis[ExpoKpis.GrossMargin] -= s.Value * _spec.DutyRate;
        double teu = s.Teu;
        int gateway = s.Origin;
        // Only orders already handed to that gateway, oldest hand-over first (OrderBy is stable).
        foreach (var order in _onOrder.Where(o => o.Via == gateway && o.SendDay < day).OrderBy(o => o.SendDay))
        {
            if (teu <= 1e-12) break;
            double take = Math.Min(teu, order.Teu);
            _stock[order.Shelf] += take * _spec.Shelves[order.Shelf].ItemsPerTeu;
            order.Teu -= take;
            teu -= take;
        }
        _onOrder.RemoveAll(o => o.Teu <= 1e-9);
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_visitors.State);
        writer.Write(_residents);
        foreach (var b in _buyers) writer.Write(b.State);
        writer.Write(_stock.Length);
        foreach (var x in _stock) writer.Write(x);
        writer.Write(_onOrder.Count);
        foreach (var o in _onOrder)
        {
            writer.Write(o.Shelf);
            writer.Write(o.Via);
            writer.Write(o.Teu);
            writer.Write(o.SendDay);
            writer.Write(o.Country);
            writer.Write(o.Tonnes);
            writer.Write(o.Value);
        }
    }

    public void ReadState(BinaryReader reader)
    {
        _visitors.Restore(reader.ReadStreamState());
        _residents = reader.ReadDouble();
        foreach (var b in _buyers) b.Restore(reader.ReadStreamState());
        int n = reader.ReadInt32();
        if (n != _stock.Length)
            throw new InvalidDataException($"The expo centre was saved with {n} shelves; this scenario has {_stock.Length}.");
        for (int i = 0; i < n; i++) _stock[i] = reader.ReadDouble();
        _onOrder.Clear();
        int orders = reader.ReadInt32();
        for (int k = 0; k < orders; k++)
            _onOrder.Add(new PendingOrder
            {
                Shelf = reader.ReadInt32(), Via = reader.ReadInt32(), Teu = reader.ReadDouble(), SendDay = reader.ReadInt32(),
                Country = reader.ReadInt32(), Tonnes = reader.ReadDouble(), Value = reader.ReadDouble(),
            });
    }
}
