namespace Twin.Model.Scenarios;

/// <summary>How a route moves goods; mode choice gives each mode its own constant.</summary>
public enum TransportMode : byte
{
    Rail,
    Road,
    Air,
    Feeder,
}

public static class TransportModes
{
    public static readonly TransportMode[] All = [TransportMode.Rail, TransportMode.Road, TransportMode.Air, TransportMode.Feeder];

    public static string Key(TransportMode mode) => mode switch
    {
        TransportMode.Rail => "rail",
        TransportMode.Road => "road",
        TransportMode.Air => "air",
        TransportMode.Feeder => "feeder",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
