namespace Twin.Contracts.Entities;

/// <summary>One programme of the institute, with its trainees as cohorts of data inside.</summary>
public interface IProgrammeGrain : IEntityGrain;
