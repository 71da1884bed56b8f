namespace Twin.Storage.Tests.Grains;

/// <summary>A persisted state with the shapes the twin's states have: text, counters, series, maps, a nested record.</summary>
[GenerateSerializer, Alias("twin.tests.probe-state")]
public sealed class ProbeState
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public long Count { get; set; }
    [Id(2)] public double[] Series { get; set; } = [];
    [Id(3)] public Dictionary<string, int> Tallies { get; set; } = [];
    [Id(4)] public ProbeNote? Note { get; set; }
    [Id(5)] public DateTime SavedAt { get; set; }
}
