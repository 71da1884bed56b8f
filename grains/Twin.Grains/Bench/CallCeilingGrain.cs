using System.Diagnostics;
using Twin.Contracts.Bench;

namespace Twin.Grains.Bench;

/// <summary>
/// The raw call ceiling: one grain calling a trivial method on cached references of many grains,
/// a round at a time, waiting for each round like a tick barrier. The kernel's entity-steps/s are
/// compared against this.
/// </summary>
public sealed class CallCeilingGrain : Grain, ICallCeilingGrain
{
    public async Task<double> Measure(int probes, int rounds)
    {
        var references = Enumerable.Range(0, probes)
            .Select(i => GrainFactory.GetGrain<ICallProbeGrain>(this.GetPrimaryKeyLong() * 1_000_000 + i))
            .ToArray();
        var calls = new Task<int>[probes];
        // Warm-up round activates the probes; it is not timed.
        for (int i = 0; i < probes; i++) calls[i] = references[i].Touch(-1);
        await Task.WhenAll(calls);

        var clock = Stopwatch.StartNew();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < probes; i++) calls[i] = references[i].Touch(round);
            await Task.WhenAll(calls);
        }
        return (double)probes * rounds / clock.Elapsed.TotalSeconds;
    }
}
