using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A hub of the zone (the multimodal hub, the airport bonded zone), with its yard's shipments as data inside. Placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class HubGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IHubGrain;
