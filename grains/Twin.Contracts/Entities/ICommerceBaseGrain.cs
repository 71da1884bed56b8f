namespace Twin.Contracts.Entities;

/// <summary>The Silk Road e-commerce base: parcel channels, the Ozon/Wildberries operations centre, consolidated departures.</summary>
public interface ICommerceBaseGrain : IEntityGrain;
