using Twin.Model.Kernel;
using Twin.Model.Markets.Book;
using Twin.Model.Markets.Messages;

namespace Twin.Model.Markets.Bonds;

public sealed partial class BondModel
{
    /// <summary>
    /// The primary issue: every auction bid that arrived today, in arrival order, against the offered
    /// face and the issuer's reserve price (the clean price at its fair yield plus its largest
    /// concession, rounded up to the tick). Winners pay the stop-out price; the issuer is the seller
    /// of every trade. An auction that sells nothing leaves the bond unissued.
    /// </summary>
    private void Auction(int day, ReadOnlySpan<Message> inbox, Outbox outbox, ref BondDay today)
    {
        var bids = new List<UniformPriceAuction.Bid>();
        foreach (int i in _arrivals.Order(inbox))
        {
            ref readonly var m = ref inbox[i];
            if (m.Kind != MessageKind.OrderNew) continue;
            today.Orders++;
            var order = NewOrderMessage.From(m);
            if (!order.Auction || order.Side != Side.Buy || order.Type != OrderType.Limit || _suspended.Contains(m.From)) today.Rejected++;
            else bids.Add(new UniformPriceAuction.Bid(m.From, order.ClientId, order.PriceTicks, order.Lots, bids.Count));
        }
        long offered = OfferedLots;
        long reserve = (long)Math.Ceiling(ReservePrice(day) / Tick - 1e-9);
        var result = UniformPriceAuction.Run(bids, offered, reserve);
        (today.OfferedLots, today.BidLots, today.IssuedLots) = (offered, result.BidLots, result.Issued);
        if (!result.Issues)
        {
            _status = BondStatus.Retired;
            return;
        }
        double price = result.StopOutTicks * Tick;
        int ticks = (int)result.StopOutTicks;
        for (int b = 0; b < bids.Count; b++)
        {
            if (result.Filled[b] == 0) continue;
            int lots = (int)result.Filled[b];
            new FillMessage(bids[b].ClientId, Side.Buy, lots, ticks).Send(outbox, bids[b].Owner);
            new TradeReportMessage(bids[b].Owner, _self, lots, ticks, price).Send(outbox, _clearing);
        }
        (_outstandingLots, _status, _close, today.AuctionPrice) = (result.Issued, BondStatus.Trading, price, price);
    }

    /// <summary>Whole lots of the face offered (at least one).</summary>
    private long OfferedLots => Math.Max(1, (long)Math.Round(_spec.Size / _market.LotFace));

    /// <summary>The lowest clean price the issuer accepts on <paramref name="day"/>.</summary>
    public double ReservePrice(int day) => _schedule.CleanPrice(day, _curve, Spread + _spec.MaxConcessionBp / 1e4);
}
