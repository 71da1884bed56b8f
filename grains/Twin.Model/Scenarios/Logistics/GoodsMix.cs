using System.Text.Json.Serialization;

namespace Twin.Model.Scenarios;

/// <summary>How a sector's exports split between goods classes (weights, normalised).</summary>
public sealed class GoodsMix
{
    [Min(0)] public double General { get; init; } = 1;
    [Min(0)] public double Ecommerce { get; init; }
    [Min(0)] public double Perishable { get; init; }

    public double this[GoodsClass goods] => goods switch
    {
        GoodsClass.General => General,
        GoodsClass.Ecommerce => Ecommerce,
        GoodsClass.Perishable => Perishable,
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };

    [JsonIgnore]
    public double Total => General + Ecommerce + Perishable;
}
