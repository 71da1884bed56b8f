namespace Twin.Model.Scenarios;

/// <summary>The currencies of the trading platform: US dollars, renminbi and Macao patacas.</summary>
public enum Currency : byte
{
    Usd = 0,
    Cny = 1,
    Mop = 2,

    /// <summary>Offshore renminbi, traded in Hong Kong and Macao: the currency of "dim sum" bonds.</summary>
    Cnh = 3,
}

public static class Currencies
{
    public static readonly Currency[] All = [Currency.Usd, Currency.Cny, Currency.Mop, Currency.Cnh];

    /// <summary>How many currencies there are: the width of per-currency arrays.</summary>
    public const int Count = 4;

    /// <summary>The code used in KPI names and tables.</summary>
    public static string Code(Currency currency) => currency switch
    {
        Currency.Usd => "usd",
        Currency.Cny => "cny",
        Currency.Mop => "mop",
        Currency.Cnh => "cnh",
        _ => throw new ArgumentOutOfRangeException(nameof(currency), currency, null),
    };
}
