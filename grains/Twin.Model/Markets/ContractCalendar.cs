namespace Twin.Model.Markets;

/// <summary>
/// When a market's contract expires: at the end of every n-th day (days n - 1, 2n - 1, ...), where
/// n is the market's `contractDays`. On that day every open position is cash-settled at the
/// settlement price and trading goes on in the next contract. Every position of a market expires
/// at once, so positions stay fungible and the lots of all accounts still sum to zero.
/// </summary>
public static class ContractCalendar
{
    public static bool IsExpiry(int day, int contractDays) => day >= 0 && (day + 1) % contractDays == 0;
}
