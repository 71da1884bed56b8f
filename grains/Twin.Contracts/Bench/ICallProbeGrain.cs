namespace Twin.Contracts.Bench;

/// <summary>A grain that does nothing: the target of the raw call-ceiling yardstick of `twin bench`.</summary>
public interface ICallProbeGrain : IGrainWithIntegerKey
{
    Task<int> Touch(int day);
}

/// <summary>Calls many probe grains through cached references, as a run grain would, and times it.</summary>
public interface ICallCeilingGrain : IGrainWithIntegerKey
{
    /// <summary>Makes <paramref name="rounds"/> rounds of one call to each of <paramref name="probes"/> grains; returns calls per second.</summary>
    Task<double> Measure(int probes, int rounds);
}
