namespace Twin.Model.Scenarios;

/// <summary>
/// One offshore bond issue: sold through the platform (MOX) in a uniform-price auction on its issue
/// day, then traded on its own order book, quoted in price per 100 of face, settled T+1 delivery
/// versus payment through the clearing house in its currency, paying fixed coupons and its face at
/// maturity unless its issuer defaults.
/// </summary>
public sealed class BondSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The issuer's id (see <see cref="IssuerSpec"/>).</summary>
    [Pattern(EntityIdAttribute.Regex, "an issuer id")] public required string Issuer { get; init; }

    [InitialCondition] public required Currency Currency { get; init; }

    /// <summary>Face amount offered at the auction, in the bond's currency (a lever until the issue day).</summary>
    [Positive] public required double Size { get; init; }

    /// <summary>Years from issue to maturity.</summary>
    [InitialCondition, Min(0.25), Max(50)] public required double TenorYears { get; init; }

    /// <summary>Annual coupon rate (0.05 for 5%), fixed at launch.</summary>
    [InitialCondition, Min(0), Max(0.5)] public required double Coupon { get; init; }

    [InitialCondition, Min(1), Max(12)] public int CouponsPerYear { get; init; } = 2;

    /// <summary>The day of the auction; the bond trades from the next day.</summary>
    [InitialCondition, Min(0)] public required int IssueDay { get; init; }

    /// <summary>
    /// The reserve: the issuer sells at no yield above its fair yield (curve + its rating's spread)
    /// plus this many basis points; bids below that price are refused.
    /// </summary>
    [Min(0), Max(5000)] public double MaxConcessionBp { get; init; } = 50;
}
