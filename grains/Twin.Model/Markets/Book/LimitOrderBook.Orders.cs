namespace Twin.Model.Markets.Book;

public sealed partial class LimitOrderBook
{
    /// <summary>
    /// Accepts an order: in continuous trading it matches against the other side at once and any
    /// rest of a limit Day/GTC order rests (a market order never rests: its rest is cancelled); in a
    /// call phase it rests without matching. IOC and FOK are refused during a call.
    /// </summary>
    public SubmitResult Submit(in OrderRequest order)
    {
        var reject = Check(order);
        if (reject != RejectReason.None)
        {
            _counters.Rejected += Math.Max(0, order.Quantity);
            return SubmitResult.Reject(reject);
        }
        _counters.Submitted += order.Quantity;
        return Phase == BookPhase.Call ? RestInCall(order) : Execute(order);
    }

    /// <summary>Cancels a resting order of <paramref name="owner"/>; anything else is a no-op that says why.</summary>
    public CancelOutcome Cancel(long orderId, int owner)
    {
        if (!_index.TryGet(orderId, out int slot)) return CancelOutcome.NotResting;
        if (_nodes[slot].Owner != owner) return CancelOutcome.NotOwner;
        long open = Remove(slot);
        _counters.Cancelled += open;
        return CancelOutcome.Cancelled;
    }

    /// <summary>
    /// Changes a resting order's price and open quantity. Lowering the quantity at the same price
    /// keeps its place in the queue; any other change is a cancel and a new order with the same id,
    /// which goes to the back of its level and may trade at once if it now crosses.
    /// </summary>
    public SubmitResult Amend(long orderId, int owner, long newPrice, long newQuantity)
    {
        if (!_index.TryGet(orderId, out int slot)) return SubmitResult.Reject(RejectReason.NotResting);
        ref var node = ref _nodes[slot];
        if (node.Owner != owner) return SubmitResult.Reject(RejectReason.NotOwner);
        if (node.IsMarket) return SubmitResult.Reject(RejectReason.MarketOrderNotAmendable);
        if (newQuantity < 1) return SubmitResult.Reject(RejectReason.BadQuantity);
        if (newPrice < _minPrice || newPrice > _maxPrice) return SubmitResult.Reject(RejectReason.PriceOutOfBand);

        var side = SideOf(node.Side);
        if (side.KeyOf(newPrice) == node.Key && newQuantity <= node.Open)
        {
            long cut = node.Open - newQuantity;
            node.Open = newQuantity;
            side[side.IndexOf(node.Key)].Quantity -= cut;
            _counters.Resting -= cut;
            _counters.Cancelled += cut;
            return new SubmitResult(OrderOutcome.Rested, 0, newQuantity, cut);
        }
        var replacement = new OrderRequest(orderId, owner, node.Side, OrderType.Limit, node.TimeInForce, newPrice, newQuantity);
        long open = Remove(slot);
        _counters.Cancelled += open;
        _counters.Submitted += newQuantity;
        return Phase == BookPhase.Call ? RestInCall(replacement) : Execute(replacement);
    }

    private RejectReason Check(in OrderRequest order)
    {
        if (order.Quantity < 1) return RejectReason.BadQuantity;
        if (order.Type == OrderType.Limit && (order.Price < _minPrice || order.Price > _maxPrice)) return RejectReason.PriceOutOfBand;
        if (Phase == BookPhase.Call && order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok) return RejectReason.ImmediateOrderDuringCall;
        if (_index.TryGet(order.OrderId, out _)) return RejectReason.DuplicateOrderId;
        return RejectReason.None;
    }

    private SubmitResult RestInCall(in OrderRequest order)
    {
        long key = order.Type == OrderType.Market ? long.MaxValue : SideOf(order.Side).KeyOf(order.Price);
        Rest(order, key, order.Quantity);
        return new SubmitResult(OrderOutcome.Rested, 0, order.Quantity, 0);
    }

    private SubmitResult Execute(in OrderRequest order)
    {
        bool market = order.Type == OrderType.Market;
        // The other side's levels the order may take: their keys must reach this threshold.
        long threshold = market ? CollarThreshold(order.Side) : order.Side == Side.Buy ? -order.Price : order.Price;
        long allowed = Math.Max(threshold, BandThreshold(order.Side));
        if (order.TimeInForce == TimeInForce.Fok && !CanFill(order.Side, allowed, order.Quantity, order.Owner))
        {
            _counters.Cancelled += order.Quantity;
            return new SubmitResult(OrderOutcome.Killed, 0, 0, order.Quantity);
        }
        long filled = Match(order.OrderId, order.Owner, order.Side, allowed, order.Quantity);
        long rest = order.Quantity - filled;
        if (rest == 0) return new SubmitResult(OrderOutcome.Filled, filled, 0, 0);
        if (_selfTradeStopped)
        {
            _selfTradeStopped = false;
            _counters.SelfTradeCancels++;
            _counters.Cancelled += rest;
            return new SubmitResult(OrderOutcome.RemainderCancelled, filled, 0, rest);
        }
        if (allowed > threshold && Crosses(order.Side, threshold)) return Halt(order, filled, rest, market);
        if (market || order.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok)
        {
            _counters.Cancelled += rest;
            return new SubmitResult(OrderOutcome.RemainderCancelled, filled, 0, rest);
        }
        Rest(order, SideOf(order.Side).KeyOf(order.Price), rest);
        return new SubmitResult(filled == 0 ? OrderOutcome.Rested : OrderOutcome.PartiallyFilled, filled, rest, 0);
    }
}
