using Orleans.Placement;
using Twin.Contracts.Bench;

namespace Twin.Grains.Bench;

/// <summary>Answers at once: the cheapest possible grain call.</summary>
[PreferLocalPlacement]
public sealed class CallProbeGrain : Grain, ICallProbeGrain
{
    public Task<int> Touch(int day) => Task.FromResult(day);
}
