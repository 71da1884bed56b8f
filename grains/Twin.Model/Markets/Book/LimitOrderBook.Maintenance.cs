namespace Twin.Model.Markets.Book;

public sealed partial class LimitOrderBook
{
    /// <summary>Cancels every Day order at the end of a trading day; GTC orders stay. Returns the lots expired.</summary>
    public long ExpireDayOrders()
    {
        long expired = ExpireDayOrders(_bids) + ExpireDayOrders(_asks);
        _counters.Cancelled += expired;
        return expired;
    }

    private long ExpireDayOrders(BookSide side)
    {
        long expired = 0;
        for (int i = 0; i < side.Count; i++)
        {
            ref var level = ref side[i];
            int slot = level.Head;
            while (slot >= 0)
            {
                ref var node = ref _nodes[slot];
                int next = node.Next;
                if (node.TimeInForce == TimeInForce.Day)
                {
                    Unlink(ref level, ref node);
                    level.Quantity -= node.Open;
                    expired += node.Open;
                    _index.Remove(node.Id);
                    Release(slot);
                }
                slot = next;
            }
        }
        side.Compact();
        _counters.Resting -= expired;
        return expired;
    }

    /// <summary>The resting orders of one side in priority order (best price first, oldest first); not for the hot path.</summary>
    public List<RestingOrder> Snapshot(Side side)
    {
        var book = SideOf(side);
        var orders = new List<RestingOrder>();
        for (int i = book.Count - 1; i >= 0; i--)
        {
            for (int slot = book[i].Head; slot >= 0; slot = _nodes[slot].Next)
            {
                ref readonly var n = ref _nodes[slot];
                long price = n.IsMarket ? 0 : book.PriceOf(n.Key);
                orders.Add(new RestingOrder(n.Id, n.Owner, n.Side, price, n.Open, n.Sequence, n.TimeInForce, n.IsMarket));
            }
        }
        return orders;
    }

    /// <summary>Writes the whole book (resting orders in queue order, counters, sequences) for a checkpoint.</summary>
    public void WriteState(BinaryWriter writer)
    {
        writer.Write((byte)Phase);
        writer.Write(_sequence);
        writer.Write(_tradeSequence);
        writer.Write(_hasTraded);
        writer.Write(_lastTradePrice);
        var c = _counters;
        foreach (var v in new[] { c.Submitted, c.Filled, c.Cancelled, c.Resting, c.Rejected, c.Trades, c.TradedLots }) writer.Write(v);
        foreach (var side in new[] { Side.Buy, Side.Sell })
        {
            var orders = Snapshot(side);
            writer.Write(orders.Count);
            foreach (var o in orders)
            {
                writer.Write(o.OrderId);
                writer.Write(o.Owner);
                writer.Write(o.Price);
                writer.Write(o.Open);
                writer.Write(o.Sequence);
                writer.Write((byte)o.TimeInForce);
                writer.Write(o.IsMarket);
            }
        }
    }

    /// <summary>Restores a book written by <see cref="WriteState"/> into this (empty) book.</summary>
    public void ReadState(BinaryReader reader)
    {
        if (_index.Count > 0) throw new InvalidOperationException("A checkpoint can only be read into an empty book.");
        Phase = (BookPhase)reader.ReadByte();
        _sequence = reader.ReadInt64();
        _tradeSequence = reader.ReadInt64();
        _hasTraded = reader.ReadBoolean();
        _lastTradePrice = reader.ReadInt64();
        var counters = new long[7];
        for (int i = 0; i < counters.Length; i++) counters[i] = reader.ReadInt64();
        foreach (var side in new[] { Side.Buy, Side.Sell })
        {
            int count = reader.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                long id = reader.ReadInt64();
                int owner = reader.ReadInt32();
                long price = reader.ReadInt64();
                long open = reader.ReadInt64();
                long sequence = reader.ReadInt64();
                var tif = (TimeInForce)reader.ReadByte();
                bool isMarket = reader.ReadBoolean();
                long key = isMarket ? long.MaxValue : SideOf(side).KeyOf(price);
                Append(id, owner, side, tif, key, open, sequence, isMarket);
            }
        }
        // Appending counted the resting lots again; the checkpoint's counters are the truth.
        _counters = new BookCounters
        {
            Submitted = counters[0], Filled = counters[1], Cancelled = counters[2], Resting = counters[3],
            Rejected = counters[4], Trades = counters[5], TradedLots = counters[6],
        };
    }
}
