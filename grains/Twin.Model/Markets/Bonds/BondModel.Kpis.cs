using Twin.Model.Kernel;

namespace Twin.Model.Markets.Bonds;

public sealed partial class BondModel
{
    /// <summary>The day's data to every investor and the clearing house: status, close, best prices, accrued interest.</summary>
    private void Publish(int day, Outbox outbox, ref BondDay today)
    {
        double close = _status == BondStatus.Trading ? _close : double.NaN;
        if (_status != BondStatus.Trading || !_schedule.Trades(day)) (today.BestBid, today.BestAsk) = (double.NaN, double.NaN);
        var data = new BondDataMessage(day, _status, (int)Math.Min(today.VolumeLots, int.MaxValue), close, today.BestBid, today.BestAsk, _schedule.Accrued(day));
        foreach (int investor in _investors) data.Send(outbox, investor);
        data.Send(outbox, _clearing);
    }

    private void Record(Span<double> kpis, int day, bool closed, in BondDay today)
    {
        bool auction = today.OfferedLots > 0, issued = today.IssuedLots > 0, trading = _status == BondStatus.Trading;
        double years = _schedule.YearsLeft(day);
        kpis[BondKpis.AmountOffered] = today.OfferedLots * _market.LotFace;
        kpis[BondKpis.AmountIssued] = today.IssuedLots * _market.LotFace;
        kpis[BondKpis.AmountIssuedUsd] = today.IssuedLots * _market.LotFace * _usdPer;
        kpis[BondKpis.BidToCover] = auction ? (double)today.BidLots / today.OfferedLots : double.NaN;
        double auctionYield = issued ? _schedule.Yield(day, today.AuctionPrice) : double.NaN;
        kpis[BondKpis.AuctionPrice] = issued ? today.AuctionPrice : double.NaN;
        kpis[BondKpis.AuctionYield] = auctionYield;
        kpis[BondKpis.AuctionSpreadBps] = issued ? (auctionYield - _curve.Zero(years)) * 1e4 : double.NaN;
        double yield = trading ? _schedule.Yield(day, _close) : double.NaN;
        kpis[BondKpis.Price] = trading ? _close : double.NaN;
        kpis[BondKpis.FairPrice] = trading ? _schedule.CleanPrice(day, _curve, Spread) : double.NaN;
        kpis[BondKpis.Yield] = yield;
        kpis[BondKpis.SpreadBps] = trading ? (yield - _curve.Zero(years)) * 1e4 : double.NaN;
        kpis[BondKpis.VolumeLots] = today.VolumeLots;
        kpis[BondKpis.SecondaryVolumeUsd] = today.VolumeLots * _market.LotFace * _usdPer;
        kpis[BondKpis.Trades] = today.Trades;
        kpis[BondKpis.Outstanding] = _outstandingLots * _market.LotFace;
        kpis[BondKpis.CouponsPaid] = today.Coupons;
        kpis[BondKpis.CouponsPaidUsd] = today.Coupons * _usdPer;
        kpis[BondKpis.Redeemed] = today.Redeemed;
        kpis[BondKpis.Defaults] = today.Defaults;
        kpis[BondKpis.Defaulted] = _defaultDay >= 0 ? 1 : 0;
        kpis[BondKpis.RecoveredUsd] = today.RecoveredUsd;
        kpis[BondKpis.Orders] = today.Orders;
        kpis[BondKpis.RejectedOrders] = today.Rejected;
        kpis[BondKpis.BestBid] = today.BestBid;
        kpis[BondKpis.BestAsk] = today.BestAsk;
        kpis[BondKpis.Closed] = closed ? 1 : 0;
    }
}
