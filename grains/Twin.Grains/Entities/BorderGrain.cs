using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A border crossing the routes pass through. Placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class BorderGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IBorderGrain;
