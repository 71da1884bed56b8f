using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>An offshore bond; placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class BondGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IBondGrain;
