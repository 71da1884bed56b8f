namespace Twin.Contracts.Entities;

/// <summary>The trading platform's clearing house: accounts, margins, settlement and defaults.</summary>
public interface IClearingHouseGrain : IEntityGrain;
