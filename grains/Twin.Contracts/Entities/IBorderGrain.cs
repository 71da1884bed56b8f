namespace Twin.Contracts.Entities;

/// <summary>A border crossing the routes pass through.</summary>
public interface IBorderGrain : IEntityGrain;
