using Twin.Contracts.Bench;

namespace Twin.Cli.Bench;

/// <summary>
/// Drives the raw call-ceiling grain in pieces: probes are activated a block at a time, and the
/// timed rounds run in the grain's background while this polls, so no grain call nears Orleans'
/// 30 s response timeout, even with a million probes on a loaded machine.
/// </summary>
public sealed class CallCeiling(ICallCeilingGrain grain)
{
    private const int ActivationBlock = 50_000;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);
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
        await grain.Start(probes, rounds);
        double? seconds;
        while ((seconds = await grain.Seconds()) is null) await Task.Delay(PollEvery);
        return (double)probes * rounds / seconds.Value;
    }
}
