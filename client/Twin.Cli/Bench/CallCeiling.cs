using Twin.Contracts.Bench;

namespace Twin.Cli.Bench;

/// <summary>
/// Drives the raw call-ceiling grain in pieces: probes are activated a block at a time and rounds
/// are timed a few at a time, so no single grain call nears Orleans' 30 s response timeout, even
/// with a million probes on a loaded machine.
/// </summary>
public sealed class CallCeiling(ICallCeilingGrain grain)
{
    private const int ActivationBlock = 50_000;
    private const int CallsPerRequest = 500_000;
    private int _activated;

    /// <summary>Calls per second over <paramref name="rounds"/> rounds of one call to each of <paramref name="probes"/> grains.</summary>
    public async Task<double> Measure(int probes, int rounds)
    {
        while (_activated < probes)
        {
            int block = Math.Min(ActivationBlock, probes - _activated);
            await grain.Activate(_activated, block);
            _activated += block;
        }
        int roundsPerRequest = Math.Max(1, CallsPerRequest / probes);
        double seconds = 0;
        for (int done = 0; done < rounds; done += roundsPerRequest)
            seconds += await grain.Time(probes, Math.Min(roundsPerRequest, rounds - done));
        return (double)probes * rounds / seconds;
    }
}
