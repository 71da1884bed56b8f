using Twin.Model.Kernel;
using Twin.Model.Logistics;

namespace Twin.Model.Expo;

/// <summary>The KPIs of the expo centre, and their positions in its KPI row; then one sales and one stock KPI per shelf.</summary>
public static class ExpoKpis
{
    public const int Visitors = 0;
    public const int InstituteVisitors = 1;
    public const int EventDay = 2;
    public const int Buyers = 3;
    public const int Sales = 4;
    public const int MacaoBrandRevenue = 5;
    public const int OnlineSales = 6;
    public const int OnlineParcels = 7;
    public const int LostSales = 8;
    public const int Stockouts = 9;
    public const int GrossMargin = 10;
    public const int ImportOrdersTeu = 11;
    public const int ImportTeuReceived = 12;
    public const int ImportValue = 13;
    public const int Duty = 14;
    public const int StockItems = 15;
    public const int OnOrderTeu = 16;
    public const int Closed = 17;
    public const int Flows = 18;
    public static readonly int ByShelf = Flows + FlowTally.Names.Count;

    private const KpiDirection Higher = KpiDirection.HigherIsBetter, Lower = KpiDirection.LowerIsBetter, Neutral = KpiDirection.Neutral;

    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Flow("visitors", "visitors", Higher, "visitors to the Portuguese-speaking countries area", headline: true),
        Kpi.Flow("institute_visitors", "visitors", Higher, "of them, the institute's new trainees (expected, before the Poisson draw)"),
        Kpi.Flow("event_days", "days", Neutral, "1 on a day an event of the calendar runs"),
        Kpi.Flow("buyers", "buyers", Higher, "visitors who bought, counted once per category they bought in"),
        Kpi.Flow("sales_cny", "CNY", Higher, "in-store and online sales", headline: true),
        Kpi.Flow("macao_brand_revenue_cny", "CNY", Higher, "sales of the Macao brand shelves (in store and online)", headline: true),
        Kpi.Flow("online_sales_cny", "CNY", Higher, "online sales, delivered through the e-commerce base"),
        Kpi.Flow("online_parcels", "parcels", Higher, "online orders handed to the e-commerce base"),
        Kpi.Flow("lost_sales_cny", "CNY", Lower, "demand that found the shelf empty"),
        Kpi.Flow("stockouts", "shelf-days", Lower, "shelves whose demand exceeded their stock that day", headline: true),
        Kpi.Flow("gross_margin_cny", "CNY", Higher, "sales × margin, less import duty paid"),
        Kpi.Flow("import_orders_teu", "TEU", Neutral, "import orders placed with the gateways"),
        Kpi.Flow("import_teu", "TEU", Neutral, "imports received from the hub", headline: true),
        Kpi.Flow("import_value_cny", "CNY", Neutral, "landed value of the imports received"),
        Kpi.Flow("duty_cny", "CNY", Neutral, "duty paid as imports leave the bonded zone for the shelves"),
        Kpi.Stock("stock_items", "items", Neutral, "items on the shelves and in the back store"),
        Kpi.Stock("on_order_teu", "TEU", Neutral, "imports ordered and not yet received"),
        Kpi.Closed("the expo centre"),
        .. FlowTally.Definitions,
        Kpi.Flow("sales_cny_*", "CNY", Higher, "sales of one shelf (category), in store and online"),
        Kpi.Stock("stock_items_*", "items", Neutral, "items of one shelf (category) in stock"),
    ];

    /// <summary>The KPI row of an expo with these shelves: the fixed KPIs, then sales and stock per shelf.</summary>
    public static IReadOnlyList<string> NamesFor(IReadOnlyList<string> shelves) =>
        [.. Definitions.Where(d => !d.IsFamily).Select(d => d.Name), .. shelves.Select(s => "sales_cny_" + s), .. shelves.Select(s => "stock_items_" + s)];
}
