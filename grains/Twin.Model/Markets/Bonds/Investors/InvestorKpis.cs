using Twin.Model.Kernel;

namespace Twin.Model.Markets.Bonds.Investors;

/// <summary>
/// The KPIs an investor records every day. Account figures are the clearing house's latest statement
/// (a day old); then its holding (lots) of every bond, named `holding_{bond}`.
/// </summary>
public static class InvestorKpis
{
    public const int CashUsd = 0;
    public const int BondsUsd = 1;
    public const int PnlUsd = 2;
    public const int IncomeUsd = 3;
    public const int ReservesUsd = 4;
    public const int MarginCalls = 5;
    public const int Defaulted = 6;
    public const int Orders = 7;
    public const int AuctionBidLots = 8;
    public const int AllottedLots = 9;
    public const int BoughtLots = 10;
    public const int SoldLots = 11;

    public const string HoldingPrefix = "holding_";

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter, Neutral = KpiDirection.Neutral;

    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Stock("cash_usd", "USD", Neutral, "cash at the clearing house"),
        Kpi.Stock("bonds_usd", "USD", Neutral, "bonds held, at the close with accrued interest"),
        Kpi.Stock("pnl_usd", "USD", Higher, "profit and loss since the start of the run (cash + bonds − deposits)", headline: true),
        Kpi.Stock("income_usd", "USD", Higher, "coupons, redemptions and recoveries received so far"),
        Kpi.Stock("reserves_usd", "USD", Higher, "liquid funds outside the platform"),
        Kpi.Flow("margin_calls", "calls", Lower, "margin calls received"),
        Kpi.Stock("defaulted", "flag", Lower, "1 once the investor has defaulted"),
        Kpi.Flow("orders", "orders", Neutral, "orders sent (auction bids included)"),
        Kpi.Flow("auction_bid_lots", "lots", Neutral, "lots bid in primary auctions"),
        Kpi.Flow("allotted_lots", "lots", Neutral, "lots allotted in primary auctions"),
        Kpi.Flow("bought_lots", "lots", Neutral, "lots bought in the secondary market"),
        Kpi.Flow("sold_lots", "lots", Neutral, "lots sold in the secondary market"),
        Kpi.Stock(HoldingPrefix + "*", "lots", Neutral, "lots held of the bond"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Where(d => !d.IsFamily).Select(d => d.Name).ToArray();
}
