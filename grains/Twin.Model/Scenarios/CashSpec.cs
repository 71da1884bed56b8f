namespace Twin.Model.Scenarios;

/// <summary>An amount in each of the platform's currencies (a participant's cash at the clearing house).</summary>
public sealed class CashSpec
{
    [Min(0)] public double Usd { get; init; }

    [Min(0)] public double Cny { get; init; }

    [Min(0)] public double Mop { get; init; }

    [Min(0)] public double Cnh { get; init; }

    public double this[Currency currency] => currency switch
    {
        Currency.Usd => Usd,
        Currency.Cny => Cny,
        Currency.Mop => Mop,
        Currency.Cnh => Cnh,
        _ => throw new ArgumentOutOfRangeException(nameof(currency), currency, null),
    };
}
