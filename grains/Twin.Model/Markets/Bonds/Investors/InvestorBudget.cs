namespace Twin.Model.Markets.Bonds.Investors;

/// <summary>An investor's spending power for one day: room towards its target and cash not yet committed, both in dollars.</summary>
internal sealed class InvestorBudget(double room, double cash, double capital)
{
    public double Room { get; private set; } = room;

    public double Cash { get; private set; } = cash;

    /// <summary>What it may put into one issuer: the room, the cash, and what its issuer limit leaves.</summary>
    public double For(double heldInIssuer, double maxIssuerShare) =>
        Math.Max(0, Math.Min(Math.Min(Room, Cash), maxIssuerShare * capital - heldInIssuer));

    public void Spend(double usd, ref InvestorDay today)
    {
        Room -= usd;
        Cash -= usd;
        today.CommittedUsd += usd;
    }
}
