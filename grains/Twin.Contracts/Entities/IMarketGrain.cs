namespace Twin.Contracts.Entities;

/// <summary>One commodity market of the trading platform, with its order book as data inside.</summary>
public interface IMarketGrain : IEntityGrain;
