using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A town of the zone; placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class TownGrain(ScenarioCache scenarios) : EntityGrain(scenarios), ITownGrain;
