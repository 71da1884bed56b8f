namespace Twin.Contracts.Entities;

/// <summary>A member of the trading platform: a producer, consumer, market maker or speculator.</summary>
public interface IParticipantGrain : IEntityGrain;
