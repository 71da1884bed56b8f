using Twin.Model.Kernel;

namespace Twin.Model.Markets.Bonds;

/// <summary>
/// A bond's day (bond to the investors and the clearing house). Prices are clean, per 100 of face;
/// NaN where the day has none. Slots: I0 day, I1 status, I2 lots traded; D0 close, D1 best bid,
/// D2 best offer, D3 accrued interest.
/// </summary>
public readonly record struct BondDataMessage(int Day, BondStatus Status, int VolumeLots, double Close, double BestBid, double BestAsk, double Accrued)
{
    public void Send(Outbox outbox, int to) =>
        outbox.Send(to, MessageKind.BondData, i0: Day, i1: (int)Status, i2: VolumeLots, d0: Close, d1: BestBid, d2: BestAsk, d3: Accrued);

    public static BondDataMessage From(in Message m) => new(m.I0, (BondStatus)m.I1, m.I2, m.D0, m.D1, m.D2, m.D3);
}
