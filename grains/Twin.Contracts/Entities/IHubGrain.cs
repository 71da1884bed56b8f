namespace Twin.Contracts.Entities;

/// <summary>A hub of the zone (the multimodal hub, the airport bonded zone), with its yard's shipments as data inside.</summary>
public interface IHubGrain : IEntityGrain;
