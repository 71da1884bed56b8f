using Orleans.Placement;
using Twin.Contracts.Entities;
using Twin.Grains.Kernel;

namespace Twin.Grains.Entities;

/// <summary>A bond investor; placed beside the partition that steps it, so its daily call stays local.</summary>
[PreferLocalPlacement]
public sealed class InvestorGrain(ScenarioCache scenarios) : EntityGrain(scenarios), IInvestorGrain;
