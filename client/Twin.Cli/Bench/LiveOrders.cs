using Twin.Model.Markets.Book;
using Twin.Model.Randomness;

namespace Twin.Cli.Bench;

/// <summary>The ids resting in the flow generator's book, with O(1) pick and remove, to aim cancels and amends at live orders.</summary>
internal sealed class LiveOrders
{
    private readonly List<(int Id, bool Buy)> _orders = [];
    private readonly Dictionary<int, int> _position = [];

    public int Count => _orders.Count;

    public int Pick(StreamRandom random, out bool buy)
    {
        var (id, isBuy) = _orders[random.Next(_orders.Count)];
        buy = isBuy;
        return id;
    }

    /// <summary>Follows what one operation did to the book: new resting orders in, filled and cancelled ones out.</summary>
    public void Update(LimitOrderBook book, in BookFlowOp op)
    {
        foreach (var trade in book.Trades)
            if (!book.IsResting(trade.PassiveOrderId)) Remove((int)trade.PassiveOrderId);
        switch (op.Kind)
        {
            case BookFlowKind.Place when book.IsResting(op.OrderId):
                _position[op.OrderId] = _orders.Count;
                _orders.Add((op.OrderId, op.Buy));
                break;
            case BookFlowKind.Cancel:
            case BookFlowKind.Amend when !book.IsResting(op.OrderId):
                Remove(op.OrderId);
                break;
        }
    }

    private void Remove(int id)
    {
        if (!_position.Remove(id, out int at)) return;
        var last = _orders[^1];
        _orders[at] = last;
        _orders.RemoveAt(_orders.Count - 1);
        if (last.Id != id) _position[last.Id] = at;
    }
}
