using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A programme of the institute; placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class ProgrammeGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IProgrammeGrain;
