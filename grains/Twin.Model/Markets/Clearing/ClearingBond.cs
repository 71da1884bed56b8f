using Twin.Model.Markets.Bonds;
using Twin.Model.Markets.Messages;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

/// <summary>A bond as the clearing house follows it: its schedule (it is the paying agent), its latest data, a default, and the day's trades to settle.</summary>
public sealed class ClearingBond(int entity, BondSpec spec)
{
    public int Entity { get; } = entity;

    public BondSpec Spec { get; set; } = spec;

    public BondSchedule Schedule { get; } = new(spec);

    /// <summary>The status in the bond's latest data (yesterday's): coupons are paid only to a bond that was still trading.</summary>
    public BondStatus Status { get; set; }

    public double Close { get; set; } = double.NaN;

    public double Accrued { get; set; }

    /// <summary>The day its issuer defaulted, or -1.</summary>
    public int DefaultDay { get; set; } = -1;

    public double RecoveryRate { get; set; }

    public List<TradeReportMessage> Trades { get; } = [];

    /// <summary>What a holder receives today per 100 of face, and whether the bond is then gone.</summary>
    public (double Per100, bool Retires) PaymentOn(int day, BondMarketSpec market)
    {
        if (DefaultDay >= 0) return day == DefaultDay + market.RecoveryDays ? (100 * RecoveryRate, true) : (0, false);
        if (Status != BondStatus.Trading || !Schedule.IsCouponDay(day)) return (0, false);
        return day == Schedule.MaturityDay ? (Schedule.CouponPer100 + 100, true) : (Schedule.CouponPer100, false);
    }

    /// <summary>A holding's worth per 100 of face: the close with accrued interest, the expected recovery in default, nothing once gone.</summary>
    public double MarkPer100(BondMarketSpec market) => Status switch
    {
        BondStatus.Trading => (double.IsFinite(Close) ? Close : 100) + Accrued,
        BondStatus.Defaulted => 100 * market.RecoveryRate,
        _ => 0,
    };

    public void WriteState(BinaryWriter writer)
    {
        writer.Write((int)Status);
        writer.Write(Close);
        writer.Write(Accrued);
        writer.Write(DefaultDay);
        writer.Write(RecoveryRate);
    }

    public void ReadState(BinaryReader reader)
    {
        Status = (BondStatus)reader.ReadInt32();
        Close = reader.ReadDouble();
        Accrued = reader.ReadDouble();
        DefaultDay = reader.ReadInt32();
        RecoveryRate = reader.ReadDouble();
    }
}
