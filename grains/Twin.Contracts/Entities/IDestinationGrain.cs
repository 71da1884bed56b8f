namespace Twin.Contracts.Entities;

/// <summary>A destination abroad that receives the zone's exports and sends imports back.</summary>
public interface IDestinationGrain : IEntityGrain;
