using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>The KPIs a town records every day, and their positions in its KPI row.</summary>
public static class TownKpis
{
    public const int Population = 0;
    public const int LabourForce = 1;
    public const int Jobs = 2;
    public const int UnemploymentRate = 3;
    public const int Firms = 4;
    public const int Output = 5;
    public const int ExportValue = 6;
    public const int ExportTeu = 7;
    public const int ExportTonnes = 8;
    public const int FirmBirths = 9;
    public const int FirmExits = 10;
    public const int Hires = 11;
    public const int Layoffs = 12;
    public const int Closed = 13;
    public const int InputCost = 14;
    public const int OperatingMargin = 15;
    public const int InputPriceIndex = 16;
    public const int FirmsBySector = 17;
    public const int OutputBySector = FirmsBySector + 4;
    public const int ExportServiceFactor = OutputBySector + 4;
    public const int ExportOrdersLost = ExportServiceFactor + 1;

    /// <summary>The declaration of every town KPI, in the order of the town's KPI row.</summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        Kpi.Stock("population", "people", KpiDirection.HigherIsBetter, "residents at the end of the day"),
        Kpi.Stock("labour_force", "people", KpiDirection.HigherIsBetter, "people available for work"),
        Kpi.Stock("jobs", "workers", KpiDirection.HigherIsBetter, "workers employed by the town's firms", headline: true),
        Kpi.Level("unemployment_rate", "share", KpiDirection.LowerIsBetter, "unemployed share of the labour force"),
        Kpi.Stock("firms", "firms", KpiDirection.HigherIsBetter, "firms in business"),
        Kpi.Flow("output_cny", "CNY", KpiDirection.HigherIsBetter, "value of the day's output", headline: true),
        Kpi.Flow("export_value_cny", "CNY", KpiDirection.HigherIsBetter, "value of the day's export orders", headline: true),
        Kpi.Flow("export_teu", "TEU", KpiDirection.HigherIsBetter, "export orders in TEU"),
        Kpi.Flow("export_tonnes", "t", KpiDirection.HigherIsBetter, "export orders in gross tonnes"),
        Kpi.Flow("firm_births", "firms", KpiDirection.HigherIsBetter, "new firms"),
        Kpi.Flow("firm_exits", "firms", KpiDirection.LowerIsBetter, "firms that closed"),
        Kpi.Flow("hires", "workers", KpiDirection.Neutral, "workers hired"),
        Kpi.Flow("layoffs", "workers", KpiDirection.LowerIsBetter, "workers let go"),
        Kpi.Closed("the town"),
        Kpi.Flow("input_cost_cny", "CNY", KpiDirection.LowerIsBetter, "energy and materials bought at the platform's prices for the day's output"),
        Kpi.PerEvent("operating_margin", "share", KpiDirection.HigherIsBetter, "output_cny", "output less wages and inputs, over output (none on a day without output)"),
        Kpi.Level("input_price_index", "index", KpiDirection.LowerIsBetter, "input cost per CNY of output relative to the markets' start prices (1 = unchanged)"),
        .. Sectors.All.Select(s => Kpi.Stock($"firms_{Snake(s)}", "firms", KpiDirection.HigherIsBetter, $"{Snake(s).Replace('_', ' ')} firms")),
        .. Sectors.All.Select(s => Kpi.Flow($"output_{Snake(s)}_cny", "CNY", KpiDirection.HigherIsBetter, $"{Snake(s).Replace('_', ' ')} output")),
        Kpi.Level("export_service_factor", "share", KpiDirection.HigherIsBetter, "export orders kept at today's logistics service: exports ÷ (exports + orders lost); 1 at full service"),
        Kpi.Flow("export_orders_lost_cny", "CNY", KpiDirection.LowerIsBetter, "export orders lost to competitors by waits and dearer routes: what full service would have added"),
    ];

    // Declared after Definitions: static fields initialise in order.
    public static readonly IReadOnlyList<string> Names = Definitions.Select(d => d.Name).ToArray();

    public static string Snake(Sector sector) => sector switch
    {
        Sector.Manufacturing => "manufacturing",
        Sector.Ecommerce => "ecommerce",
        Sector.LogisticsServices => "logistics_services",
        Sector.TradeAndServices => "trade_and_services",
        _ => throw new ArgumentOutOfRangeException(nameof(sector)),
    };
}
