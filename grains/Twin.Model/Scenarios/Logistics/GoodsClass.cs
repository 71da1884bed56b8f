namespace Twin.Model.Scenarios;

/// <summary>What a shipment carries; it decides its priority, its routes and its chain of handling.</summary>
public enum GoodsClass : byte
{
    General,
    Ecommerce,
    Perishable,
}

public static class GoodsClasses
{
    public static readonly GoodsClass[] All = [GoodsClass.General, GoodsClass.Ecommerce, GoodsClass.Perishable];

    /// <summary>The name used in KPI names and scenario paths.</summary>
    public static string Key(GoodsClass goods) => goods switch
    {
        GoodsClass.General => "general",
        GoodsClass.Ecommerce => "ecommerce",
        GoodsClass.Perishable => "perishable",
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };
}
