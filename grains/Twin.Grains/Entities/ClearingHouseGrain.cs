using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>The trading platform's clearing house; placed beside the partition that steps it.</summary>
[PreferLocalPlacement]
public sealed class ClearingHouseGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IClearingHouseGrain;
