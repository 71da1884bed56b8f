namespace Twin.Model.Scenarios;

/// <summary>What an investor may hold: currencies, a rating floor, and limits on size.</summary>
public sealed class MandateSpec
{
    /// <summary>The currencies of the bonds it may buy.</summary>
    public required IReadOnlyList<Currency> Currencies { get; init; }

    /// <summary>The lowest rating it may hold; a bond whose issuer falls below it is sold.</summary>
    public Rating MinRating { get; init; } = Rating.Bbb;

    /// <summary>Its target: this share of its capital (cash and bonds, in dollars) held in bonds.</summary>
    [Min(0), Max(1)] public double TargetInvested { get; init; } = 0.6;

    /// <summary>At most this share of its capital in one issuer.</summary>
    [Min(0), Max(1)] public double MaxIssuerShare { get; init; } = 0.2;
}
