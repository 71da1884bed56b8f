namespace Twin.Model.Scenarios;

/// <summary>One value for each of the zone's four sectors; a typo in a sector name is an error.</summary>
public sealed class SectorTable<T>
{
    public required T Manufacturing { get; init; }
    public required T Ecommerce { get; init; }
    public required T LogisticsServices { get; init; }
    public required T TradeAndServices { get; init; }

    public T this[Sector sector] => sector switch
    {
        Sector.Manufacturing => Manufacturing,
        Sector.Ecommerce => Ecommerce,
        Sector.LogisticsServices => LogisticsServices,
        Sector.TradeAndServices => TradeAndServices,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, null),
    };
}

/// <summary>The sectors of the towns' economies.</summary>
public enum Sector : byte
{
    Manufacturing,
    Ecommerce,
    LogisticsServices,
    TradeAndServices,
}

public static class Sectors
{
    public static readonly Sector[] All = [Sector.Manufacturing, Sector.Ecommerce, Sector.LogisticsServices, Sector.TradeAndServices];

    /// <summary>The name used in KPI names and scenario paths.</summary>
    public static string Key(Sector sector) => sector switch
    {
        Sector.Manufacturing => "manufacturing",
        Sector.Ecommerce => "ecommerce",
        Sector.LogisticsServices => "logisticsServices",
        Sector.TradeAndServices => "tradeAndServices",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, null),
    };
}
