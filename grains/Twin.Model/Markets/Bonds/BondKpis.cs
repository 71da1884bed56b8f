using Twin.Model.Kernel;

namespace Twin.Model.Markets.Bonds;

/// <summary>The KPIs a bond records every day. Prices are clean per 100 of face; amounts of face in the bond's currency unless named `_usd`.</summary>
public static class BondKpis
{
    public const int AmountOffered = 0;
    public const int AmountIssued = 1;
    public const int AmountIssuedUsd = 2;
    public const int BidToCover = 3;
    public const int AuctionPrice = 4;
    public const int AuctionYield = 5;
    public const int AuctionSpreadBps = 6;
    public const int Price = 7;
    public const int FairPrice = 8;
    public const int Yield = 9;
    public const int SpreadBps = 10;
    public const int VolumeLots = 11;
    public const int SecondaryVolumeUsd = 12;
    public const int Trades = 13;
    public const int Outstanding = 14;
    public const int CouponsPaid = 15;
    public const int CouponsPaidUsd = 16;
    public const int Redeemed = 17;
    public const int Defaults = 18;
    public const int Defaulted = 19;
    public const int RecoveredUsd = 20;
    public const int Orders = 21;
    public const int RejectedOrders = 22;
    public const int BestBid = 23;
    public const int BestAsk = 24;
    public const int Closed = 25;

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter, Neutral = KpiDirection.Neutral;

    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("amount_offered", "currency", Neutral, "face offered at the auction"),
        Kpi.Flow("amount_issued", "currency", Higher, "face sold at the auction"),
        Kpi.Flow("amount_issued_usd", "USD", Higher, "face sold at the auction", headline: true),
        Kpi.PerEvent("bid_to_cover", "ratio", Higher, "amount_offered", "face bid over face offered at the auction", headline: true),
        Kpi.PerEvent("auction_price", "price", Higher, "amount_issued", "the auction's uniform (stop-out) price"),
        Kpi.PerEvent("auction_yield", "share", Lower, "amount_issued", "the yield at the stop-out price", headline: true),
        Kpi.PerEvent("auction_spread_bps", "bp", Lower, "amount_issued", "the stop-out yield over the curve at the bond's maturity"),
        Kpi.Level("price", "price", Neutral, "the close: the last trade within the best bid and offer, else the previous close"),
        Kpi.Level("fair_price", "price", Neutral, "the price at the curve plus the issuer's rating spread"),
        Kpi.Level("yield", "share", Neutral, "yield to maturity at the close (continuously compounded)", headline: true),
        Kpi.Level("spread_bps", "bp", Neutral, "the close's yield over the curve at the bond's maturity", headline: true),
        Kpi.Flow("volume_lots", "lots", Higher, "lots traded in the secondary market"),
        Kpi.Flow("secondary_volume_usd", "USD", Higher, "face traded in the secondary market", headline: true),
        Kpi.Flow("trades", "trades", Higher, "secondary trades"),
        Kpi.Stock("outstanding", "currency", Neutral, "face outstanding"),
        Kpi.Flow("coupons_paid", "currency", Neutral, "coupons paid to holders"),
        Kpi.Flow("coupons_paid_usd", "USD", Neutral, "coupons paid to holders", headline: true),
        Kpi.Flow("redeemed", "currency", Neutral, "face repaid at maturity"),
        Kpi.Flow("defaults", "defaults", Lower, "1 on the day the issuer defaults", headline: true),
        Kpi.Stock("defaulted", "flag", Lower, "1 once the issuer has defaulted"),
        Kpi.Flow("recovered_usd", "USD", Neutral, "recovery paid to holders after a default"),
        Kpi.Flow("orders", "orders", Neutral, "orders received"),
        Kpi.Flow("rejected_orders", "orders", Lower, "orders refused (not trading, or from a member in default)"),
        Kpi.Level("best_bid", "price", Neutral, "best bid at the close"),
        Kpi.Level("best_ask", "price", Neutral, "best offer at the close"),
        Kpi.Closed("the bond's market"),
    ];

    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();
}
