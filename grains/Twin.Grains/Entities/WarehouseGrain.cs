using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A warehouse of the 1210 e-commerce chain (consolidation, bonded forward, overseas). Placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class WarehouseGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IWarehouseGrain;
