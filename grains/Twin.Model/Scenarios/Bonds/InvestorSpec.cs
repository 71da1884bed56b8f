namespace Twin.Model.Scenarios;

/// <summary>A bond investor: a Macao or SCO-country fund or bank, with a mandate, cash at the clearing house and reserves behind it.</summary>
public sealed class InvestorSpec
{
    [EntityId] public required string Id { get; init; }

    public string Name { get; init; } = "";

    public required InvestorType Type { get; init; }

    /// <summary>Home country (ISO code), for people.</summary>
    public string Country { get; init; } = "";

    /// <summary>Cash deposited at the clearing house on day 0, per currency.</summary>
    [InitialCondition] public required CashSpec Cash { get; init; }

    /// <summary>Liquid funds outside the platform, US dollars, to meet margin calls from.</summary>
    [InitialCondition, Min(0)] public double ReservesUsd { get; init; }

    public required MandateSpec Mandate { get; init; }

    public InvestorStrategySpec Strategy { get; init; } = new();
}
