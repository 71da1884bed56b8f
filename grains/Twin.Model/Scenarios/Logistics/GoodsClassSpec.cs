namespace Twin.Model.Scenarios;

/// <summary>How one goods class moves: where its orders go and how its shippers value time.</summary>
public sealed class GoodsClassSpec
{
    /// <summary>The hub or consolidation warehouse that takes the towns' export orders of this class.</summary>
    public required string OrderDesk { get; init; }

    /// <summary>Share of the cargo's value lost per day on the way (capital, obsolescence, decay).</summary>
    [Min(0), Max(1)] public required double TimeValuePerDay { get; init; }

    /// <summary>Mean value of a parcel, CNY (e-commerce parcels delivered = value / this).</summary>
    [Positive] public double ParcelValueCny { get; init; } = 150;
}
