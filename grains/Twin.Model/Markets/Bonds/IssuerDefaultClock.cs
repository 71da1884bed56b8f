using MathNet.Numerics.Distributions;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Markets.Bonds;

/// <summary>
/// When an issuer defaults: at the first day its cumulative hazard Σ hᵈ (hᵈ the daily hazard of its
/// rating that day) reaches a threshold E ~ Exp(1) drawn once from the issuer's own stream. Every
/// bond of the issuer draws the same E and sums the same hazards, so they default on the same day
/// (cross-default); a downgrade raises the hazard, so on common random numbers the default comes
/// earlier, never at random elsewhere.
/// </summary>
public sealed class IssuerDefaultClock(StreamRandom issuerStream)
{
    private readonly double _threshold = Exponential.Sample(issuerStream, 1.0);
    private double _hazard;

    public bool Defaulted { get; private set; }

    /// <summary>Adds one day at the issuer's current rating; true on the day it defaults.</summary>
    public bool Advance(RatingSpec rating)
    {
        if (Defaulted) return false;
        _hazard += rating.DailyHazard;
        Defaulted = _hazard >= _threshold;
        return Defaulted;
    }

    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_hazard);
        writer.Write(Defaulted);
    }

    public void ReadState(BinaryReader reader)
    {
        _hazard = reader.ReadDouble();
        Defaulted = reader.ReadBoolean();
    }
}
