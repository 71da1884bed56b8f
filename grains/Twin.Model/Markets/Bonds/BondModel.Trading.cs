using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Bonds;

public sealed partial class BondModel
{
    /// <summary>The secondary market's day: orders, cancels and amends in arrival order, matched continuously in price-time priority; day orders expire at the close.</summary>
    private void Trade(ReadOnlySpan<Message> inbox, Outbox outbox, ref BondDay today)
    {
        foreach (int i in _arrivals.Order(inbox))
        {
            ref readonly var m = ref inbox[i];
            switch (m.Kind)
            {
                case MessageKind.OrderNew:
                    today.Orders++;
                    var order = NewOrderMessage.From(m);
                    var request = new OrderRequest(MarketModel.OrderIdOf(m.From, order.ClientId), m.From, order.Side, order.Type, order.TimeInForce, order.PriceTicks, order.Lots);
                    if (order.Auction || _suspended.Contains(m.From) || !_book.Submit(request).Accepted) today.Rejected++;
                    break;
                case MessageKind.OrderCancel:
                    _book.Cancel(MarketModel.OrderIdOf(m.From, CancelOrderMessage.From(m).ClientId), m.From);
                    break;
            }
        }
        foreach (ref readonly var trade in _book.Trades)
        {
            int lots = (int)trade.Quantity, ticks = (int)trade.Price;
            double price = trade.Price * Tick;
            new TradeReportMessage(trade.Buyer, trade.Seller, lots, ticks, price).Send(outbox, _clearing);
            new FillMessage((int)(trade.BuyOrderId & 0xFFFF_FFFF), Side.Buy, lots, ticks).Send(outbox, trade.Buyer);
            new FillMessage((int)(trade.SellOrderId & 0xFFFF_FFFF), Side.Sell, lots, ticks).Send(outbox, trade.Seller);
            today.Trades++;
            today.VolumeLots += lots;
            today.LastPrice = price;
        }
        today.BestBid = _book.TryBestBid(out long bid, out _) ? bid * Tick : double.NaN;
        today.BestAsk = _book.TryBestAsk(out long ask, out _) ? ask * Tick : double.NaN;
        _close = MarketModel.SettlementPrice(today.Trades > 0 ? today.LastPrice : _close, today.BestBid, today.BestAsk);
        _book.ExpireDayOrders();
    }

    /// <summary>A member in default may no longer trade: its resting orders go and new ones are refused.</summary>
    private void Suspend(int investor)
    {
        if (!_suspended.Add(investor)) return;
        foreach (var side in new[] { Side.Buy, Side.Sell })
            foreach (var order in _book.Snapshot(side))
                if (order.Owner == investor) _book.Cancel(order.OrderId, investor);
    }

    private void CancelAll()
    {
        foreach (var side in new[] { Side.Buy, Side.Sell })
            foreach (var order in _book.Snapshot(side)) _book.Cancel(order.OrderId, order.Owner);
    }

    private static int CountOrders(ReadOnlySpan<Message> inbox)
    {
        int count = 0;
        foreach (ref readonly var m in inbox)
            if (m.Kind == MessageKind.OrderNew) count++;
        return count;
    }
}
