namespace Twin.Model.Scenarios;

/// <summary>One value for each goods class; a typo in a class name is an error.</summary>
public sealed class GoodsTable<T>
{
    public required T General { get; init; }
    public required T Ecommerce { get; init; }
    public required T Perishable { get; init; }

    public T this[GoodsClass goods] => goods switch
    {
        GoodsClass.General => General,
        GoodsClass.Ecommerce => Ecommerce,
        GoodsClass.Perishable => Perishable,
        _ => throw new ArgumentOutOfRangeException(nameof(goods), goods, null),
    };
}
