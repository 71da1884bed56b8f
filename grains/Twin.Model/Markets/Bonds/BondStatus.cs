namespace Twin.Model.Markets.Bonds;

/// <summary>Where a bond is in its life.</summary>
public enum BondStatus
{
    /// <summary>Before its auction.</summary>
    Announced = 0,

    /// <summary>Issued and outstanding: it trades and pays coupons.</summary>
    Trading = 1,

    /// <summary>Its issuer defaulted: no more payments until the recovery; no trading.</summary>
    Defaulted = 2,

    /// <summary>Redeemed, recovered, or never issued (a failed auction, or an issuer in default first).</summary>
    Retired = 3,
}
