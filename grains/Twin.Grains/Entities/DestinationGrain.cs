using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A destination abroad that receives the zone's exports and sends imports back. Placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class DestinationGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IDestinationGrain;
