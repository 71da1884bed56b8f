using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>The e-commerce base; placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class CommerceBaseGrain(ScenarioCache scenarios) : EntityGrain(scenarios), ICommerceBaseGrain;
