namespace Twin.Contracts.Entities;

/// <summary>A fund or bank that buys and trades the offshore bonds.</summary>
public interface IInvestorGrain : IEntityGrain;
