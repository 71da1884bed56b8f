namespace Twin.Model.Markets.Book;

public sealed partial class LimitOrderBook
{
    /// <summary>Puts an order at the back of its level's queue.</summary>
    private void Rest(in OrderRequest order, long key, long open) =>
        Append(order.OrderId, order.Owner, order.Side, order.TimeInForce, key, open, ++_sequence, order.Type == OrderType.Market);

    private void Append(long id, int owner, Side sideOf, TimeInForce tif, long key, long open, long sequence, bool isMarket)
    {
        int slot = Allocate();
        var side = SideOf(sideOf);
        ref var level = ref side[side.GetOrAdd(key)];
        ref var node = ref _nodes[slot];
        node.Id = id;
        node.Key = key;
        node.Open = open;
        node.Sequence = sequence;
        node.Owner = owner;
        node.Side = sideOf;
        node.TimeInForce = tif;
        node.IsMarket = isMarket;
        node.Next = -1;
        node.Prev = level.Tail;
        if (level.Tail >= 0) _nodes[level.Tail].Next = slot;
        else level.Head = slot;
        level.Tail = slot;
        level.Orders++;
        level.Quantity += open;
        _index.Add(id, slot);
        _counters.Resting += open;
    }

    /// <summary>Takes a resting order out of its level (dropping the level if it empties); returns its open lots.</summary>
    private long Remove(int slot)
    {
        ref var node = ref _nodes[slot];
        var side = SideOf(node.Side);
        int index = side.IndexOf(node.Key);
        ref var level = ref side[index];
        Unlink(ref level, ref node);
        long open = node.Open;
        level.Quantity -= open;
        _counters.Resting -= open;
        _index.Remove(node.Id);
        Release(slot);
        if (level.Orders == 0) side.RemoveAt(index);
        return open;
    }

    private void Unlink(ref PriceLevel level, ref OrderNode node)
    {
        if (node.Prev >= 0) _nodes[node.Prev].Next = node.Next;
        else level.Head = node.Next;
        if (node.Next >= 0) _nodes[node.Next].Prev = node.Prev;
        else level.Tail = node.Prev;
        level.Orders--;
    }

    private int Allocate()
    {
        if (_free >= 0)
        {
            int slot = _free;
            _free = _nodes[slot].Next;
            return slot;
        }
        if (_used == _nodes.Length) Array.Resize(ref _nodes, _nodes.Length * 2);
        return _used++;
    }

    private void Release(int slot)
    {
        _nodes[slot].Next = _free;
        _free = slot;
    }
}
