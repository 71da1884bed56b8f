using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Clearing;

/// <summary>
/// A participant's accounts at the clearing house (or the house's own, which takes over defaulters'
/// positions): cash per currency, which variation margin, fees and settlements move; initial-margin
/// collateral, held apart and touched only in a default; an open position per market; its default
/// fund contribution; and its open margin calls, initial and variation.
/// </summary>
public sealed class ClearingAccount
{
    public ClearingAccount(int entity, bool isHouse, IReadOnlyList<MarketSpec> markets, int bonds = 0, bool isInvestor = false)
    {
        Entity = entity;
        IsHouse = isHouse;
        IsInvestor = isInvestor;
        Positions = new long[markets.Count];
        Bonds = new long[bonds];
    }

    /// <summary>The participant's entity index (the clearing house's own for the house account).</summary>
    public int Entity { get; }

    public bool IsHouse { get; }

    /// <summary>A bond investor (settles bonds; takes no part in the default fund).</summary>
    public bool IsInvestor { get; }

    /// <summary>Settled holdings of each bond, in lots, in scenario order.</summary>
    public long[] Bonds { get; }

    /// <summary>Coupons, redemptions and recoveries received so far, in US dollars.</summary>
    public double IncomeUsd { get; set; }

    /// <summary>Cash per currency, indexed by <see cref="Currency"/>; negative while owed.</summary>
    public double[] Cash { get; } = new double[Currencies.Count];

    /// <summary>Open positions in lots (bought minus sold in the current contract), one per market in scenario order.</summary>
    public long[] Positions { get; }

    public double DefaultFundUsd { get; set; }

    /// <summary>Initial margin posted as collateral, in US dollars: held apart from the cash that variation margin moves.</summary>
    public double CollateralUsd { get; set; }

    /// <summary>Everything paid in from outside: cash and fund contribution on day 0, then margin payments.</summary>
    public double DepositsUsd { get; set; }

    public double FeesUsd { get; set; }

    public double InitialMarginUsd { get; set; }

    public double EquityUsd { get; set; }

    public bool Defaulted { get; set; }

    /// <summary>A call to bring the collateral up to the initial margin.</summary>
    public MarginCallSlot InitialCall { get; } = new();

    /// <summary>A call to pay variation margin the cash did not cover; unpaid at its deadline, a default.</summary>
    public MarginCallSlot VariationCall { get; } = new();

    public bool Called => InitialCall.IsOpen || VariationCall.IsOpen;

    public int Calls { get; set; }

    public double CashUsd(FxSpec fx)
    {
        double total = 0;
        foreach (var c in Currencies.All) total += Cash[(int)c] * fx.UsdPer(c);
        return total;
    }

    public void WriteState(BinaryWriter writer)
    {
        foreach (double c in Cash) writer.Write(c);
        foreach (long p in Positions) writer.Write(p);
        foreach (long b in Bonds) writer.Write(b);
        writer.Write(IncomeUsd);
        foreach (double v in new[] { DefaultFundUsd, CollateralUsd, DepositsUsd, FeesUsd, InitialMarginUsd, EquityUsd }) writer.Write(v);
        writer.Write(Defaulted);
        InitialCall.WriteState(writer);
        VariationCall.WriteState(writer);
        writer.Write(Calls);
    }

    public void ReadState(BinaryReader reader)
    {
        for (int i = 0; i < Cash.Length; i++) Cash[i] = reader.ReadDouble();
        for (int k = 0; k < Positions.Length; k++) Positions[k] = reader.ReadInt64();
        for (int b = 0; b < Bonds.Length; b++) Bonds[b] = reader.ReadInt64();
        IncomeUsd = reader.ReadDouble();
        DefaultFundUsd = reader.ReadDouble();
        CollateralUsd = reader.ReadDouble();
        DepositsUsd = reader.ReadDouble();
        FeesUsd = reader.ReadDouble();
        InitialMarginUsd = reader.ReadDouble();
        EquityUsd = reader.ReadDouble();
        Defaulted = reader.ReadBoolean();
        InitialCall.ReadState(reader);
        VariationCall.ReadState(reader);
        Calls = reader.ReadInt32();
    }
}
