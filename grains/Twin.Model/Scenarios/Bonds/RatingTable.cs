namespace Twin.Model.Scenarios;

/// <summary>The terms of every rating, `aaa` to `ccc`.</summary>
public sealed class RatingTable
{
    public required RatingSpec Aaa { get; init; }
    public required RatingSpec Aa { get; init; }
    public required RatingSpec A { get; init; }
    public required RatingSpec Bbb { get; init; }
    public required RatingSpec Bb { get; init; }
    public required RatingSpec B { get; init; }
    public required RatingSpec Ccc { get; init; }

    public RatingSpec this[Rating rating] => rating switch
    {
        Rating.Aaa => Aaa,
        Rating.Aa => Aa,
        Rating.A => A,
        Rating.Bbb => Bbb,
        Rating.Bb => Bb,
        Rating.B => B,
        Rating.Ccc => Ccc,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };
}
