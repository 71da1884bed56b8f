namespace Twin.Contracts.Entities;

/// <summary>A light synthetic entity, for measuring and testing the kernel.</summary>
public interface ISyntheticEntityGrain : IEntityGrain;
