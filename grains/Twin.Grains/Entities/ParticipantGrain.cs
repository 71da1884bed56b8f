using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A member of the trading platform; placed beside the partition that steps it.</summary>
[PreferLocalPlacement]
public sealed class ParticipantGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IParticipantGrain;
