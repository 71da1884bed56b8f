namespace Twin.Model.Markets.Clearing;

/// <summary>What one clearing day added up to, for the KPIs.</summary>
internal struct ClearingDay
{
    public int Trades;
    public long VolumeLots;
    public double VariationMarginUsd;
    public double FeesUsd;
    public double PaymentsUsd;
    public int MarginCalls;
    public int VariationCalls;
    public int SettlementFails;
    public int Defaults;
    public int BondTrades;
    public double BondSettlementUsd;
    public double BondIncomeUsd;
    public double IssuanceUsd;
}
