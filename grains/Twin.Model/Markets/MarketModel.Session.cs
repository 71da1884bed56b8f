using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets;

public sealed partial class MarketModel
{
    /// <summary>Default notices come first: a defaulter's orders are refused from then on, even on a closed day.</summary>
    private void ReadNotices(ReadOnlySpan<Message> inbox)
    {
        foreach (ref readonly var m in inbox)
            if (m.Kind == MessageKind.DefaultNotice && m.From == _clearing) Suspend(DefaultNoticeMessage.From(m).Participant);
    }

    /// <summary>
    /// The trading day: the opening call of every auction order and its uncrossing with the previous
    /// close as reference, then every other order, cancel and amend, all in arrival order (so time
    /// priority within a price goes to whoever arrived first that day, not to whoever sorts first).
    /// A halt (the dynamic band) collects the next messages in a call until its reopening auction; the
    /// day's last messages may go into the closing call, whose auction sets the settlement price.
    /// </summary>
    private AuctionResult Trade(ReadOnlySpan<Message> inbox, ref SessionTally tally)
    {
        var arrival = _arrivals.Order(inbox);
        _book.BeginCall();
        foreach (int i in arrival)
            if (inbox[i].Kind == MessageKind.OrderNew && NewOrderMessage.From(inbox[i]) is { Auction: true } auctionOrder) Submit(inbox[i].From, auctionOrder, ref tally);
        var auction = _book.Uncross(_grid.NearestTicks(_close));
        TrackPositions();

        var session = new HaltClock(_spec.Rules, arrival.Length);
        foreach (int i in arrival)
        {
            if (session.ClosingCallStarts()) _book.BeginCall();
            ref readonly var m = ref inbox[i];
            switch (m.Kind)
            {
                case MessageKind.OrderNew when NewOrderMessage.From(m) is { Auction: false } order:
                    Submit(m.From, order, ref tally);
                    break;
                case MessageKind.OrderCancel:
                    if (_book.Cancel(OrderIdOf(m.From, CancelOrderMessage.From(m).ClientId), m.From) == CancelOutcome.Cancelled) tally.Cancels++;
                    break;
                case MessageKind.OrderAmend when !_suspended.Contains(m.From):
                    var amend = AmendOrderMessage.From(m);
                    long amendId = OrderIdOf(m.From, amend.ClientId);
                    bool allowed = AmendWithinPositionLimit(m.From, amendId, amend.Lots);
                    if (!allowed) tally.PositionLimitRejects++;
                    if (!allowed || !_book.Amend(amendId, m.From, amend.PriceTicks, amend.Lots).Accepted) tally.Rejected++;
                    TrackPositions();
                    break;
            }
            switch (session.After(_book.Phase))
            {
                case HaltClock.Step.Halted: tally.Halts++; break;
                case HaltClock.Step.Reopen: _book.Uncross(); TrackPositions(); break;
            }
        }
        // A halt still running at the end of the day reopens in the closing auction, or in its own.
        if (_book.Phase == BookPhase.Call)
        {
            var last = _book.Uncross();
            if (session.InClosingCall) tally.Closing = last;
            TrackPositions();
        }
        return auction;
    }

    private void Submit(int from, in NewOrderMessage order, ref SessionTally tally)
    {
        tally.Orders++;
        if (_suspended.Contains(from))
        {
            tally.Rejected++;
            return;
        }
        if (!WithinPositionLimit(from, order.Side, order.Lots))
        {
            tally.Rejected++;
            tally.PositionLimitRejects++;
            return;
        }
        var request = new OrderRequest(OrderIdOf(from, order.ClientId), from, order.Side, order.Type, order.TimeInForce, order.PriceTicks, order.Lots);
        if (!_book.Submit(request).Accepted) tally.Rejected++;
        TrackPositions();
    }

    /// <summary>Sends each of the day's trades to the clearing house and a fill to each side's owner.</summary>
    private void Report(Outbox outbox, ref SessionTally tally)
    {
        foreach (ref readonly var trade in _book.Trades)
        {
            int lots = (int)trade.Quantity, ticks = (int)trade.Price;
            double price = _grid.ToPrice(trade.Price);
            new TradeReportMessage(trade.Buyer, trade.Seller, lots, ticks, price).Send(outbox, _clearing);
            new FillMessage(ClientIdOf(trade.BuyOrderId), Side.Buy, lots, ticks).Send(outbox, trade.Buyer);
            new FillMessage(ClientIdOf(trade.SellOrderId), Side.Sell, lots, ticks).Send(outbox, trade.Seller);
            tally.Trades++;
            tally.VolumeLots += lots;
            tally.Notional += lots * _spec.LotSize * price;
            tally.PriceVolume += lots * price;
            tally.LastPrice = price;
        }
    }

    /// <summary>A defaulted participant may no longer trade: its resting orders go and new ones are refused.</summary>
    private void Suspend(int participant)
    {
        if (!_suspended.Add(participant)) return;
        foreach (var side in new[] { Side.Buy, Side.Sell })
            foreach (var order in _book.Snapshot(side))
                if (order.Owner == participant) _book.Cancel(order.OrderId, participant);
    }

    private static int CountOrders(ReadOnlySpan<Message> inbox)
    {
        int count = 0;
        foreach (ref readonly var m in inbox)
            if (m.Kind == MessageKind.OrderNew) count++;
        return count;
    }
}
