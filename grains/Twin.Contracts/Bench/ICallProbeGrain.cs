namespace Twin.Contracts.Bench;

/// <summary>A grain that does nothing: the target of the raw call-ceiling yardstick of `twin bench`.</summary>
public interface ICallProbeGrain : IGrainWithIntegerKey
{
    Task<int> Touch(int day);
}

/// <summary>
/// Calls many probe grains through cached references, as a run grain would, and times it. Long
/// work runs in the background of the grain and is polled for, so no call nears the response
/// timeout, even with a million probes on a loaded machine.
/// </summary>
public interface ICallCeilingGrain : IGrainWithIntegerKey
{
    /// <summary>Activates probes <paramref name="from"/> up to <paramref name="from"/> + <paramref name="count"/> (untimed) and caches their references.</summary>
    Task Activate(int from, int count);

    /// <summary>Starts <paramref name="rounds"/> rounds of one call to each of the first <paramref name="probes"/> activated probes, each round awaited like a tick barrier.</summary>
    Task Start(int probes, int rounds);

    /// <summary>The seconds the rounds begun by <see cref="Start"/> took, or null while they go on.</summary>
    Task<double?> Seconds();
}
