namespace Twin.Model.Scenarios;

/// <summary>
/// The exchange rates the clearing house converts with: US dollars per unit of each other currency.
/// Margins, the default fund and P&amp;L are counted in US dollars.
/// </summary>
public sealed class FxSpec
{
    /// <summary>US dollars per renminbi (about 0.139 at 7.2 CNY a dollar).</summary>
    [Positive] public required double Cny { get; init; }

    /// <summary>US dollars per Macao pataca (about 0.124 at 8.05 MOP a dollar).</summary>
    [Positive] public required double Mop { get; init; }

    /// <summary>US dollars per offshore renminbi; the onshore rate when left out (the two trade within a fraction of a percent).</summary>
    [Positive] public double? Cnh { get; init; }

    public double UsdPer(Currency currency) => currency switch
    {
        Currency.Usd => 1.0,
        Currency.Cny => Cny,
        Currency.Mop => Mop,
        Currency.Cnh => Cnh ?? Cny,
        _ => throw new ArgumentOutOfRangeException(nameof(currency), currency, null),
    };
}
