namespace Twin.Model.Scenarios;

/// <summary>One product category of the Portuguese-speaking countries area, its shelf and how it is restocked.</summary>
public sealed class ShelfSpec
{
    /// <summary>The category, such as `food` or `macao-pastries`; names the shelf's KPIs.</summary>
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>Where the goods come from, such as `portugal` or `macao` (a label; the import travels through <see cref="Via"/>).</summary>
    [Pattern(EntityIdAttribute.Regex, "lower-case letters, digits and '-'")]
    public required string Origin { get; init; }

    /// <summary>The destination whose return legs carry the imports (a sea gateway such as `qingdao-port`).</summary>
    public required string Via { get; init; }

    /// <summary>Days from the order until the goods reach <see cref="Via"/>: the supplier's lead time and the voyage (not modelled as routes).</summary>
    [Min(0), Max(365)] public int LeadDays { get; init; }

    /// <summary>Its sales count as Macao brand revenue.</summary>
    public bool MacaoBrand { get; init; }

    /// <summary>Distinct products (SKUs) on the shelf.</summary>
    [Min(1)] public required int Assortment { get; init; }

    /// <summary>Items the shelf and its back store hold at most: the order-up-to level.</summary>
    [Positive] public required double ShelfItems { get; init; }

    /// <summary>Reorder when stock plus goods on order fall below this share of <see cref="ShelfItems"/>.</summary>
    [Min(0), Max(1)] public double ReorderShare { get; init; } = 0.5;

    /// <summary>Mean retail price of an item.</summary>
    [Positive] public required double PriceCny { get; init; }

    /// <summary>Gross margin on the retail price; the landed cost is price × (1 − margin).</summary>
    [Min(0), Max(0.95)] public required double Margin { get; init; }

    /// <summary>Share of visitors who buy in this category, at the reference assortment.</summary>
    [Min(0), Max(1)] public required double Conversion { get; init; }

    /// <summary>Mean items a buyer takes.</summary>
    [Positive] public required double BasketItems { get; init; }

    /// <summary>Items in one TEU of import (packed for sea freight).</summary>
    [Positive] public required double ItemsPerTeu { get; init; }

    [Positive] public double TonnesPerTeu { get; init; } = 8;
}
