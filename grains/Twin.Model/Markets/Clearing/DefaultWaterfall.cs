namespace Twin.Model.Markets.Clearing;

/// <summary>
/// Covers losses from defaults layer by layer (see <see cref="WaterfallLayer"/>), each layer used
/// up before the next is touched. Defaulters' resources are pooled in the order they defaulted.
/// Gains made while closing out go back up the waterfall in reverse order (the clearing house's
/// capital first, the defaulters' pool last), so each layer's loss is net of recoveries.
/// </summary>
public sealed class DefaultWaterfall(double skinInTheGameUsd, double capitalUsd)
{
    private readonly double[] _losses = new double[5];

    public double DefaulterMarginUsd { get; private set; }

    public double DefaulterFundUsd { get; private set; }

    public double SkinInTheGameUsd { get; private set; } = skinInTheGameUsd;

    public double CapitalUsd { get; private set; } = capitalUsd;

    /// <summary>Losses each layer has absorbed so far.</summary>
    public double LossOf(WaterfallLayer layer) => _losses[(int)layer];

    /// <summary>Every resource the waterfall holds (the survivors' contributions are in their accounts).</summary>
    public double TotalUsd => DefaulterMarginUsd + DefaulterFundUsd + SkinInTheGameUsd + CapitalUsd;

    /// <summary>Seizes a defaulter's account balance (if positive) and its fund contribution.</summary>
    public void Seize(double accountUsd, double fundUsd)
    {
        DefaulterMarginUsd += Math.Max(0, accountUsd);
        DefaulterFundUsd += fundUsd;
    }

    /// <summary>Returns a gain (from closing out, or a defaulter's late payment) up the waterfall, deepest layer first.</summary>
    public void Recover(double gainUsd, IReadOnlyList<ClearingAccount> accounts)
    {
        double remaining = gainUsd;
        CapitalUsd += Refill(WaterfallLayer.Capital, ref remaining);
        double survivors = Refill(WaterfallLayer.SurvivorsFund, ref remaining);
        if (survivors > 0) ReturnToSurvivors(survivors, accounts);
        SkinInTheGameUsd += Refill(WaterfallLayer.SkinInTheGame, ref remaining);
        DefaulterFundUsd += Refill(WaterfallLayer.DefaulterFund, ref remaining);
        DefaulterMarginUsd += Refill(WaterfallLayer.DefaulterMargin, ref remaining) + remaining;
    }

    public void Absorb(double lossUsd, IReadOnlyList<ClearingAccount> accounts)
    {
        double remaining = lossUsd;
        DefaulterMarginUsd = Take(DefaulterMarginUsd, ref remaining, WaterfallLayer.DefaulterMargin);
        DefaulterFundUsd = Take(DefaulterFundUsd, ref remaining, WaterfallLayer.DefaulterFund);
        SkinInTheGameUsd = Take(SkinInTheGameUsd, ref remaining, WaterfallLayer.SkinInTheGame);
        double pool = 0;
        foreach (var a in accounts)
            if (!a.Defaulted && !a.IsHouse) pool += a.DefaultFundUsd;
        if (remaining > 0 && pool > 0)
        {
            double share = Math.Min(remaining, pool) / pool;
            foreach (var a in accounts)
                if (!a.Defaulted && !a.IsHouse) a.DefaultFundUsd -= a.DefaultFundUsd * share;
            _losses[(int)WaterfallLayer.SurvivorsFund] += share * pool;
            remaining -= share * pool;
        }
        if (remaining <= 0) return;
        CapitalUsd -= remaining;
        _losses[(int)WaterfallLayer.Capital] += remaining;
    }

    private double Refill(WaterfallLayer layer, ref double remaining)
    {
        double back = Math.Min(remaining, _losses[(int)layer]);
        _losses[(int)layer] -= back;
        remaining -= back;
        return back;
    }

    /// <summary>Pays survivors back in proportion to their remaining contributions (equally if none remain).</summary>
    private static void ReturnToSurvivors(double amount, IReadOnlyList<ClearingAccount> accounts)
    {
        var survivors = accounts.Where(a => !a.Defaulted && !a.IsHouse).ToArray();
        double pool = survivors.Sum(a => a.DefaultFundUsd);
        foreach (var a in survivors)
            a.DefaultFundUsd += pool > 0 ? amount * a.DefaultFundUsd / pool : amount / survivors.Length;
    }

    private double Take(double available, ref double remaining, WaterfallLayer layer)
    {
        double taken = Math.Min(Math.Max(available, 0), remaining);
        remaining -= taken;
        _losses[(int)layer] += taken;
        return available - taken;
    }

    public void WriteState(BinaryWriter writer)
    {
        foreach (double v in new[] { DefaulterMarginUsd, DefaulterFundUsd, SkinInTheGameUsd, CapitalUsd }) writer.Write(v);
        foreach (double loss in _losses) writer.Write(loss);
    }

    public void ReadState(BinaryReader reader)
    {
        DefaulterMarginUsd = reader.ReadDouble();
        DefaulterFundUsd = reader.ReadDouble();
        SkinInTheGameUsd = reader.ReadDouble();
        CapitalUsd = reader.ReadDouble();
        for (int i = 0; i < _losses.Length; i++) _losses[i] = reader.ReadDouble();
    }
}
