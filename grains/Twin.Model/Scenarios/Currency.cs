namespace Twin.Model.Scenarios;

/// <summary>The currencies of the trading platform: US dollars, renminbi and Macao patacas.</summary>
public enum Currency : byte
{
    Usd = 0,
    Cny = 1,
    Mop = 2,
}

public static class Currencies
{
    public static readonly Currency[] All = [Currency.Usd, Currency.Cny, Currency.Mop];

    /// <summary>The code used in KPI names and tables.</summary>
    public static string Code(Currency currency) => currency switch
    {
        Currency.Usd => "usd",
        Currency.Cny => "cny",
        Currency.Mop => "mop",
        _ => throw new ArgumentOutOfRangeException(nameof(currency), currency, null),
    };
}
