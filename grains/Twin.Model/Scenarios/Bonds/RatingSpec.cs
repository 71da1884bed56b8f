namespace Twin.Model.Scenarios;

/// <summary>What one rating means for a bond: the credit spread investors ask over the curve, and the chance of default in a year.</summary>
public sealed class RatingSpec
{
    /// <summary>Credit spread over the currency's curve, in basis points (continuously compounded).</summary>
    [Min(0), Max(5000)] public required double SpreadBp { get; init; }

    /// <summary>Probability of default within a year; the daily hazard is -ln(1 - p) / 365.</summary>
    [Min(0), Max(0.99)] public required double DefaultProbability { get; init; }

    /// <summary>The daily default hazard this probability gives.</summary>
    public double DailyHazard => -Math.Log(1 - DefaultProbability) / 365.0;
}
