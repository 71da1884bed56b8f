namespace Twin.Model.Scenarios;

/// <summary>What a route's capacity counts: containers (rail, feeder) or weight (trucks, aircraft).</summary>
public enum CapacityUnit : byte
{
    Teu,
    Tonnes,
}
