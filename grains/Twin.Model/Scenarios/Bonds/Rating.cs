namespace Twin.Model.Scenarios;

/// <summary>An issuer's credit rating, best first; it sets the credit spread and the default hazard (see <see cref="RatingTable"/>).</summary>
public enum Rating : byte
{
    Aaa,
    Aa,
    A,
    Bbb,
    Bb,
    B,
    Ccc,
}
