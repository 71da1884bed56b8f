using Twin.Model.Kernel;

namespace Twin.Model.Markets.Clearing;

/// <summary>
/// The KPIs the clearing house records every day (amounts in US dollars unless named), then the
/// open interest (long lots) of each market, named `open_interest_{market}`.
/// </summary>
public static class ClearingKpis
{
    public const int Trades = 0;
    public const int VolumeLots = 1;
    public const int VariationMarginUsd = 2;
    public const int InitialMarginUsd = 3;
    public const int EquityUsd = 4;
    public const int MarginCalls = 5;
    public const int PaymentsUsd = 6;
    public const int SettlementFails = 7;
    public const int Defaults = 8;
    public const int Defaulted = 9;
    public const int FeesUsd = 10;
    public const int FeeRevenue = 11;
    public const int FeeRevenueUsd = 12;
    public const int HousePositionLots = 13;
    public const int DefaultFundUsd = 14;
    public const int SkinInTheGameUsd = 15;
    public const int CapitalUsd = 16;
    public const int LossDefaulterMarginUsd = 17;
    public const int LossDefaulterFundUsd = 18;
    public const int LossSkinUsd = 19;
    public const int LossSurvivorsFundUsd = 20;
    public const int LossCapitalUsd = 21;
    public const int CashTotalUsd = 22;
    public const int DepositsUsd = 23;
    public const int VariationCalls = 24;
    public const int CollateralUsd = 25;
    public const int BondTrades = 26;
    public const int BondSettlementUsd = 27;
    public const int BondIncomeUsd = 28;
    public const int IssuanceUsd = 29;

    public const string OpenInterestPrefix = "open_interest_";

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter, Neutral = KpiDirection.Neutral;

    /// <summary>`fee_revenue` is cumulative and in the fee currency; losses and deposits are cumulative; the rest are the day's or balances.</summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("trades", "trades", Higher, "trades cleared"),
        Kpi.Flow("volume_lots", "lots", Higher, "lots cleared"),
        Kpi.Flow("variation_margin_usd", "USD", Neutral, "variation margin moved"),
        Kpi.Stock("initial_margin_usd", "USD", Neutral, "initial margin required of the members"),
        Kpi.Stock("equity_usd", "USD", Neutral, "the members' equity"),
        Kpi.Flow("margin_calls", "calls", Lower, "margin calls made"),
        Kpi.Flow("payments_usd", "USD", Neutral, "margin payments received", headline: true),
        Kpi.Flow("settlement_fails", "fails", Lower, "settlements that failed", headline: true),
        Kpi.Flow("defaults", "members", Lower, "members declared in default"),
        Kpi.Stock("defaulted", "members", Lower, "members in default"),
        Kpi.Flow("fees_usd", "USD", Higher, "fees charged"),
        Kpi.Stock("fee_revenue", "fee currency", Higher, "platform fee revenue so far, in the fee currency"),
        Kpi.Stock("fee_revenue_usd", "USD", Higher, "platform fee revenue so far", headline: true),
        Kpi.Stock("house_position_lots", "lots", Lower, "lots the house holds from close-outs"),
        Kpi.Stock("default_fund_usd", "USD", Higher, "what is left of the default fund"),
        Kpi.Stock("skin_in_the_game_usd", "USD", Higher, "what is left of the clearing house's own layer"),
        Kpi.Stock("capital_usd", "USD", Higher, "what is left of the clearing house's capital"),
        Kpi.Stock("loss_defaulter_margin_usd", "USD", Lower, "default losses taken by the defaulters' margin so far"),
        Kpi.Stock("loss_defaulter_fund_usd", "USD", Lower, "default losses taken by the defaulters' fund contributions so far"),
        Kpi.Stock("loss_skin_usd", "USD", Lower, "default losses taken by the skin in the game so far"),
        Kpi.Stock("loss_survivors_fund_usd", "USD", Lower, "default losses taken by the surviving members' fund so far"),
        Kpi.Stock("loss_capital_usd", "USD", Lower, "default losses taken by the clearing house's capital so far"),
        Kpi.Stock("cash_total_usd", "USD", Neutral, "cash held for the members"),
        Kpi.Stock("deposits_usd", "USD", Neutral, "cash deposited so far"),
        Kpi.Flow("variation_calls", "calls", Lower, "variation-margin calls made (unpaid at the deadline: a default)"),
        Kpi.Stock("collateral_usd", "USD", Neutral, "initial-margin collateral held apart from the members' cash"),
        Kpi.Flow("bond_trades", "trades", Higher, "bond trades novated (auction allotments included)"),
        Kpi.Flow("bond_settlement_usd", "USD", Higher, "cash owed for bonds bought, settled delivery versus payment T+1"),
        Kpi.Flow("bond_income_usd", "USD", Neutral, "coupons, redemptions and recoveries paid to holders", headline: true),
        Kpi.Flow("issuance_usd", "USD", Higher, "auction proceeds owed to issuers"),
        Kpi.Stock(OpenInterestPrefix + "*", "lots", Higher, "open interest (long lots) of the market"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Where(d => !d.IsFamily).Select(d => d.Name).ToArray();

    /// <summary>The default waterfall's loss layers, in the order they take a loss (declared after <see cref="Names"/>: statics initialise in order).</summary>
    public static readonly IReadOnlyList<string> WaterfallLossNames = [.. Names.Take(LossCapitalUsd + 1).Skip(LossDefaulterMarginUsd)];
}
