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
    // Calls issued between two hand-backs of the activation: issuing a million in one go takes
    // longer than Orleans' 30 s response timeout, for the call that starts them and for the polls.
    private const int IssueBatch = 10_000;
    private readonly List<ICallProbeGrain> _probes = [];
    private Task<double>? _timing;

    public async Task Activate(int from, int count)
    {
        for (int i = _probes.Count; i < from + count; i++)
            _probes.Add(GrainFactory.GetGrain<ICallProbeGrain>(this.GetPrimaryKeyLong() * 10_000_000 + i));
        await Task.WhenAll(Enumerable.Range(from, count).Select(i => _probes[i].Touch(-1)));
    }

    public Task Start(int probes, int rounds)
    {
        if (probes > _probes.Count)
            throw new ArgumentException($"Only {_probes.Count} probes are activated; asked to call {probes}.");
        // Runs on in this activation after the call returns; polls read the outcome.
        _timing = Time(probes, rounds);
        return Task.CompletedTask;
    }

    public async Task<double?> Seconds() => _timing is { IsCompleted: true } timing ? await timing : null;

    private async Task<double> Time(int probes, int rounds)
    {
        await Task.Yield(); // Start answers at once; the rounds run after it.
        var calls = new Task<int>[probes];
        var clock = Stopwatch.StartNew();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < probes; i++)
            {
                calls[i] = _probes[i].Touch(round);
                if ((i + 1) % IssueBatch == 0) await Task.Yield();
            }
            await Task.WhenAll(calls);
        }
        return clock.Elapsed.TotalSeconds;
    }
}
