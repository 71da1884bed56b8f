namespace Twin.Contracts.Entities;

/// <summary>The SCO Economic and Trade Institute: gathers its programmes' flows, keeps the alumni by country, sends towns the alumni effect.</summary>
public interface IInstituteGrain : IEntityGrain;
