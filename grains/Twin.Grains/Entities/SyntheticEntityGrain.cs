using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A light synthetic entity, placed beside the partition that steps it.</summary>
[PreferLocalPlacement]
public sealed class SyntheticEntityGrain(ScenarioCache scenarios) : EntityGrain(scenarios), ISyntheticEntityGrain;
