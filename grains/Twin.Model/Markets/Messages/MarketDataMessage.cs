using Twin.Model.Kernel;

namespace Twin.Model.Markets.Messages;

/// <summary>
/// A market's day (market to its participants and the clearing house). The close is the day's
/// settlement price. Best prices are NaN when that side was empty at the end of the session.
/// Slots: I0 day, I1 volume in lots, I2 trades; D0 fundamental, D1 close, D2 best bid, D3 best ask.
/// </summary>
public readonly record struct MarketDataMessage(int Day, int VolumeLots, int Trades, double Fundamental, double Close, double BestBid, double BestAsk)
{
    public void Send(Outbox outbox, int to) =>
        outbox.Send(to, MessageKind.MarketData, i0: Day, i1: VolumeLots, i2: Trades, d0: Fundamental, d1: Close, d2: BestBid, d3: BestAsk);

    public static MarketDataMessage From(in Message m) => new(m.I0, m.I1, m.I2, m.D0, m.D1, m.D2, m.D3);
}
