namespace Twin.Model.Scenarios;

/// <summary>The multinomial logit by which shippers pick a route; the equations are in docs/model.md.</summary>
public sealed class ModeChoiceSpec
{
    /// <summary>Utility lost per CNY of generalised cost per tonne.</summary>
    [Min(0)] public required double CostSensitivity { get; init; }

    /// <summary>A day of waiting for a departure counts this many days of transit.</summary>
    [Min(0), Max(20)] public double WaitWeight { get; init; } = 1.5;

    /// <summary>Utility of a route whose vehicles are always on time, against never.</summary>
    [Min(0), Max(50)] public double ReliabilityWeight { get; init; } = 1;

    /// <summary>A vehicle is on time if it arrives within this many days of the route's mean transit time.</summary>
    [Min(0), Max(30)] public double OnTimeToleranceDays { get; init; } = 1;

    /// <summary>Weight of the newest arrival in a route's smoothed transit time and on-time share.</summary>
    [Min(0), Max(1)] public double Learning { get; init; } = 0.1;

    /// <summary>Routes with a smaller choice probability get nothing (the rest is renormalised).</summary>
    [Min(0), Max(0.5)] public double MinShare { get; init; } = 0.002;

    /// <summary>Each mode's constant: what shippers think of it beyond cost, time and reliability.</summary>
    public required ModeConstants ModeConstants { get; init; }
}
