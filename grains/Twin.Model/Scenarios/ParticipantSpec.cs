namespace Twin.Model.Scenarios;

/// <summary>A member of the asset trading platform: who it is, what it trades, and the money behind it.</summary>
public sealed class ParticipantSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    public required ParticipantRole Role { get; init; }

    /// <summary>Home country (ISO code), for people.</summary>
    public string Country { get; init; } = "";

    /// <summary>For consumers: the town whose utilities or factories it stands for.</summary>
    public string? Town { get; init; }

    /// <summary>The markets it trades (the list is fixed for the run; each one's size is a lever).</summary>
    [InitialCondition] public required IReadOnlyList<ParticipantMarketSpec> Markets { get; init; }

    /// <summary>Cash deposited at the clearing house on day 0, per currency.</summary>
    [InitialCondition] public required CashSpec Cash { get; init; }

    /// <summary>Liquid funds outside the platform, US dollars, to meet margin calls from.</summary>
    [InitialCondition, Min(0)] public required double ReservesUsd { get; init; }

    public StrategySpec Strategy { get; init; } = new();
}
