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

    public const string OpenInterestPrefix = "open_interest_";

    /// <summary>`fee_revenue` is cumulative and in the fee currency; losses and deposits are cumulative; the rest are the day's.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "trades", "volume_lots", "variation_margin_usd", "initial_margin_usd", "equity_usd", "margin_calls", "payments_usd",
        "settlement_fails", "defaults", "defaulted", "fees_usd", "fee_revenue", "fee_revenue_usd", "house_position_lots",
        "default_fund_usd", "skin_in_the_game_usd", "capital_usd", "loss_defaulter_margin_usd", "loss_defaulter_fund_usd",
        "loss_skin_usd", "loss_survivors_fund_usd", "loss_capital_usd", "cash_total_usd", "deposits_usd",
    ];

    /// <summary>The default waterfall's loss layers, in the order they take a loss (declared after <see cref="Names"/>: statics initialise in order).</summary>
    public static readonly IReadOnlyList<string> WaterfallLossNames = [.. Names.Take(LossCapitalUsd + 1).Skip(LossDefaulterMarginUsd)];
}
