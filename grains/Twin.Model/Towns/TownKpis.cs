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

    public static readonly IReadOnlyList<string> Names =
    [
        "population", "labour_force", "jobs", "unemployment_rate", "firms", "output_cny",
        "export_value_cny", "export_teu", "export_tonnes", "firm_births", "firm_exits", "hires", "layoffs", "closed",
        .. Sectors.All.Select(s => $"firms_{Snake(s)}"),
        .. Sectors.All.Select(s => $"output_{Snake(s)}_cny"),
    ];

    public static string Snake(Sector sector) => sector switch
    {
        Sector.Manufacturing => "manufacturing",
        Sector.Ecommerce => "ecommerce",
        Sector.LogisticsServices => "logistics_services",
        Sector.TradeAndServices => "trade_and_services",
        _ => throw new ArgumentOutOfRangeException(nameof(sector)),
    };
}
