namespace Twin.Model.Scenarios;

/// <summary>A weight for each sector (normalised where used).</summary>
public sealed class SectorWeights
{
    [Min(0)] public double Manufacturing { get; init; } = 1;
    [Min(0)] public double Ecommerce { get; init; } = 1;
    [Min(0)] public double LogisticsServices { get; init; } = 1;
    [Min(0)] public double TradeAndServices { get; init; } = 1;

    public double this[Sector sector] => sector switch
    {
        Sector.Manufacturing => Manufacturing,
        Sector.Ecommerce => Ecommerce,
        Sector.LogisticsServices => LogisticsServices,
        Sector.TradeAndServices => TradeAndServices,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, null),
    };

    [System.Text.Json.Serialization.JsonIgnore]
    public double Total => Manufacturing + Ecommerce + LogisticsServices + TradeAndServices;
}
