using Twin.Model.Kernel;

namespace Twin.Model.Markets.Participants;

/// <summary>
/// The KPIs a participant records every day. Account figures are the clearing house's latest
/// statement (of the day before yesterday's trading: it travels a day to the clearing house and a
/// day back); then one open position (lots) per market it trades, named `position_{market}`.
/// </summary>
public static class ParticipantKpis
{
    public const int EquityUsd = 0;
    public const int InitialMarginUsd = 1;
    public const int PnlUsd = 2;
    public const int FeesUsd = 3;
    public const int ReservesUsd = 4;
    public const int MarginCalls = 5;
    public const int Defaulted = 6;
    public const int Orders = 7;
    public const int FilledLots = 8;

    public const string PositionPrefix = "position_";

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter, Neutral = KpiDirection.Neutral;

    /// <summary>The account figures are running totals or balances: a window reads their last value.</summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Stock("equity_usd", "USD", Higher, "the member's equity at the clearing house"),
        Kpi.Stock("initial_margin_usd", "USD", Neutral, "initial margin required"),
        Kpi.Stock("pnl_usd", "USD", Higher, "profit and loss since the start of the run (equity + default fund − deposits)", headline: true),
        Kpi.Stock("fees_usd", "USD", Lower, "fees paid since the start of the run"),
        Kpi.Stock("reserves_usd", "USD", Higher, "liquid funds outside the platform"),
        Kpi.Flow("margin_calls", "calls", Lower, "margin calls received"),
        Kpi.Stock("defaulted", "flag", Lower, "1 once the member has defaulted"),
        Kpi.Flow("orders", "orders", Neutral, "orders sent"),
        Kpi.Flow("filled_lots", "lots", Neutral, "lots filled"),
        Kpi.Stock(PositionPrefix + "*", "lots", Neutral, "open position in the market (long > 0)"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Where(d => !d.IsFamily).Select(d => d.Name).ToArray();
}
