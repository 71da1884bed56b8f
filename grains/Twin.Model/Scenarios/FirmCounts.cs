namespace Twin.Model.Scenarios;

/// <summary>How many firms of each sector a town has on day 0.</summary>
public sealed class FirmCounts
{
    [Min(0), Max(10_000_000)] public required int Manufacturing { get; init; }
    [Min(0), Max(10_000_000)] public required int Ecommerce { get; init; }
    [Min(0), Max(10_000_000)] public required int LogisticsServices { get; init; }
    [Min(0), Max(10_000_000)] public required int TradeAndServices { get; init; }

    public int this[Sector sector] => sector switch
    {
        Sector.Manufacturing => Manufacturing,
        Sector.Ecommerce => Ecommerce,
        Sector.LogisticsServices => LogisticsServices,
        Sector.TradeAndServices => TradeAndServices,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, null),
    };

    public int Total => Manufacturing + Ecommerce + LogisticsServices + TradeAndServices;
}
