namespace Twin.Contracts.Entities;

/// <summary>A warehouse of the 1210 e-commerce chain (consolidation, bonded forward, overseas).</summary>
public interface IWarehouseGrain : IEntityGrain;
