namespace Twin.Model.Scenarios;

/// <summary>A constant per transport mode in the route choice utility.</summary>
public sealed class ModeConstants
{
    [Min(-50), Max(50)] public double Rail { get; init; }
    [Min(-50), Max(50)] public double Road { get; init; }
    [Min(-50), Max(50)] public double Air { get; init; }
    [Min(-50), Max(50)] public double Feeder { get; init; }

    public double this[TransportMode mode] => mode switch
    {
        TransportMode.Rail => Rail,
        TransportMode.Road => Road,
        TransportMode.Air => Air,
        TransportMode.Feeder => Feeder,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
