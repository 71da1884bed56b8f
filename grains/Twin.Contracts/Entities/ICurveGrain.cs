namespace Twin.Contracts.Entities;

/// <summary>A currency's risk-free yield curve, which prices the offshore bonds.</summary>
public interface ICurveGrain : IEntityGrain;
