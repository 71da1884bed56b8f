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

    public static readonly IReadOnlyList<string> Names =
    [
        "equity_usd", "initial_margin_usd", "pnl_usd", "fees_usd", "reserves_usd", "margin_calls", "defaulted", "orders", "filled_lots",
    ];
}
