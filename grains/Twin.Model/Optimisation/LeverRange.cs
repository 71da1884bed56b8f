namespace Twin.Model.Optimisation;

/// <summary>One lever of a search: a scenario path and its range; an integer lever takes whole values only.</summary>
public sealed record LeverRange(string Path, double Min, double Max, bool Integer)
{
    /// <summary>The nearest value the lever can take: inside the range, and whole for an integer lever.</summary>
    public double Snap(double value)
    {
        double clamped = Math.Clamp(value, Min, Max);
        if (!Integer) return clamped;
        double whole = Math.Round(clamped, MidpointRounding.AwayFromZero);
        return whole > Max ? Math.Floor(Max) : whole < Min ? Math.Ceiling(Min) : whole;
    }
}
