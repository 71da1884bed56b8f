namespace Twin.Contracts.Entities;

/// <summary>A scheduled route (rail, TIR road, air, port feeder), with its waiting cargo and vehicles as data inside.</summary>
public interface IRouteGrain : IEntityGrain;
