using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A scheduled route (rail, TIR road, air, port feeder), with its waiting cargo and vehicles as data inside. Placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class RouteGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IRouteGrain;
