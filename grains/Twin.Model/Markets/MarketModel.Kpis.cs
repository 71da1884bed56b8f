namespace Twin.Model.Markets;

public sealed partial class MarketModel
{
    /// <summary>Writes the day's KPIs (see <see cref="MarketKpis"/>); values a day does not have are NaN.</summary>
    private void Record(Span<double> kpis, in MarketDay day)
    {
        var tally = day.Tally;
        double bid = day.BidPrice, ask = day.AskPrice;
        kpis[MarketKpis.Fundamental] = day.Fundamental;
        kpis[MarketKpis.Close] = _close;
        kpis[MarketKpis.Vwap] = day.Vwap;
        kpis[MarketKpis.VolumeLots] = tally.VolumeLots;
        kpis[MarketKpis.Notional] = tally.Notional;
        kpis[MarketKpis.NotionalUsd] = tally.Notional * _usdPerUnit;
        kpis[MarketKpis.Trades] = tally.Trades;
        kpis[MarketKpis.AuctionPrice] = day.Auction.Traded ? _grid.ToPrice(day.Auction.Price) : double.NaN;
        kpis[MarketKpis.AuctionLots] = day.Auction.Volume;
        kpis[MarketKpis.BestBid] = bid;
        kpis[MarketKpis.BestAsk] = ask;
        kpis[MarketKpis.Spread] = ask - bid;
        kpis[MarketKpis.SpreadBps] = (ask - bid) / _statistics.Scale((ask + bid) / 2) * 1e4;
        kpis[MarketKpis.DepthBidLots] = day.HasBid ? day.BidLots : 0;
        kpis[MarketKpis.DepthAskLots] = day.HasAsk ? day.AskLots : 0;
        kpis[MarketKpis.RealisedVolatility] = _statistics.RealisedVolatility;
        kpis[MarketKpis.TrackingError] = _statistics.TrackingError(_close, day.Fundamental);
        kpis[MarketKpis.Orders] = tally.Orders;
        kpis[MarketKpis.Cancels] = tally.Cancels;
        kpis[MarketKpis.RejectedOrders] = tally.Rejected;
        kpis[MarketKpis.RestingOrders] = day.Resting;
        kpis[MarketKpis.Closed] = day.Closed ? 1 : 0;
        kpis[MarketKpis.LastPrice] = day.Last;
        kpis[MarketKpis.Basis] = _close - day.Fundamental;
        kpis[MarketKpis.Expiries] = day.Expiry ? 1 : 0;
        kpis[MarketKpis.ExpiryBasis] = day.Expiry ? _statistics.TrackingError(day.Last, day.Fundamental) : double.NaN;
        kpis[MarketKpis.HedgeEffectiveness] = day.HedgeEffectiveness;
        kpis[MarketKpis.HedgeWeight] = day.Expiry ? day.HedgeWeight : double.NaN;
        kpis[MarketKpis.Halts] = tally.Halts;
        kpis[MarketKpis.ClosingAuctionPrice] = tally.Closing.Traded ? _grid.ToPrice(tally.Closing.Price) : double.NaN;
        kpis[MarketKpis.ClosingAuctionLots] = tally.Closing.Volume;
        kpis[MarketKpis.SelfTradeCancels] = day.SelfTradeCancels;
        kpis[MarketKpis.PositionLimitRejects] = tally.PositionLimitRejects;
    }
}
