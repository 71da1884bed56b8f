namespace Twin.Model.Scenarios;

/// <summary>
/// The platform's clearing house: it becomes the counterparty of every trade (novation), marks
/// positions to market daily, nets what each participant owes per currency and settles it, calls
/// margin, and closes out a participant that cannot pay. Amounts in US dollars unless named.
/// </summary>
public sealed class ClearingSpec
{
    [EntityId] public string Id { get; init; } = "clearing-house";

    /// <summary>Days from a trade date to the settlement of what it gives rise to (T+1 by default).</summary>
    [Min(1), Max(10)] public int SettlementLagDays { get; init; } = 1;

    /// <summary>Platform fee, as a share of each side's notional.</summary>
    [Min(0), Max(0.01)] public double FeeRate { get; init; } = 0.0002;

    /// <summary>The currency fees are charged and kept in.</summary>
    public Currency FeeCurrency { get; init; } = Currency.Mop;

    /// <summary>Shortfalls below this are not called (a minimum transfer amount).</summary>
    [Min(0)] public double MinimumCallUsd { get; init; } = 10_000;

    /// <summary>Days a participant has to meet an initial-margin call before it is declared in default.</summary>
    [Min(1), Max(30)] public int MarginCallDays { get; init; } = 2;

    /// <summary>
    /// Days a participant has to pay a variation-margin call; unpaid by then, it is in default. 2 is
    /// the soonest a payment can arrive (the call reaches the member the next day and its payment the
    /// day after), the same business day in real terms; more is a grace period.
    /// </summary>
    [Min(2), Max(30)] public int VariationMarginDays { get; init; } = 2;

    /// <summary>Each participant's contribution to the default fund, paid in on day 0.</summary>
    [InitialCondition, Min(0)] public double DefaultFundContributionUsd { get; init; } = 2_000_000;

    /// <summary>The clearing house's own capital put at risk before the surviving members' contributions.</summary>
    [InitialCondition, Min(0)] public double SkinInTheGameUsd { get; init; } = 5_000_000;

    /// <summary>The rest of the clearing house's capital, the last resource of the default waterfall.</summary>
    [InitialCondition, Min(0)] public double CapitalUsd { get; init; } = 50_000_000;

    /// <summary>How far through the settlement price close-out orders may go (relative).</summary>
    [Min(0), Max(1)] public double LiquidationSlippage { get; init; } = 0.03;
}
