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
    public const int FirmsBySector = 14;
    public const int OutputBySector = FirmsBySector + 4;

    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        new("population", "people", KpiAggregation.Last, KpiDirection.HigherIsBetter, "residents at the end of the day"),
        new("labour_force", "people", KpiAggregation.Last, KpiDirection.HigherIsBetter, "people available for work"),
        new("jobs", "workers", KpiAggregation.Last, KpiDirection.HigherIsBetter, "workers employed by the town's firms", Headline: true),
        new("unemployment_rate", "share", KpiAggregation.Mean, KpiDirection.LowerIsBetter, "unemployed share of the labour force"),
        new("firms", "firms", KpiAggregation.Last, KpiDirection.HigherIsBetter, "firms in business"),
        new("output_cny", "CNY", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "value of the day's output", Headline: true),
        new("export_value_cny", "CNY", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "value of the day's export orders", Headline: true),
        new("export_teu", "TEU", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "export orders in TEU"),
        new("export_tonnes", "t", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "export orders in gross tonnes"),
        new("firm_births", "firms", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "new firms"),
        new("firm_exits", "firms", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "firms that closed"),
        new("hires", "workers", KpiAggregation.Sum, KpiDirection.Neutral, "workers hired"),
        new("layoffs", "workers", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "workers let go"),
        new("closed", "days", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "1 on a day the town is closed by an intervention"),
        .. Sectors.All.Select(s => new KpiInfo($"firms_{Snake(s)}", "firms", KpiAggregation.Last, KpiDirection.HigherIsBetter, $"{Snake(s).Replace('_', ' ')} firms")),
        .. Sectors.All.Select(s => new KpiInfo($"output_{Snake(s)}_cny", "CNY", KpiAggregation.Sum, KpiDirection.HigherIsBetter, $"{Snake(s).Replace('_', ' ')} output")),
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
