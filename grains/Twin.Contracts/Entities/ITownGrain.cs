namespace Twin.Contracts.Entities;

/// <summary>One of the five new towns, with its firms as data inside.</summary>
public interface ITownGrain : IEntityGrain;
