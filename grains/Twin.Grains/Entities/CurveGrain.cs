using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A yield curve; placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class CurveGrain(ScenarioCache scenarios) : EntityGrain(scenarios), ICurveGrain;
