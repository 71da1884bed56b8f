namespace Twin.Contracts.Entities;

/// <summary>One offshore bond issue: its auction and its order book as data inside.</summary>
public interface IBondGrain : IEntityGrain;
