using System.Runtime.CompilerServices;
using Twin.Contracts.Kernel;

namespace Twin.Client.Studies;

public sealed partial class TwinClient
{
    /// <summary>
    /// The full daily series of each run of a finished study's variant, in replication order.
    /// Fetched one run at a time, as a run's series can be large; for files such as kpis.csv.
    /// Summaries read the study's aggregates (<see cref="GetResultsAsync"/>), not these.
    /// </summary>
    public async IAsyncEnumerable<RunResults> GetRunResultsAsync(string studyId, int variant = 0,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var study = await RequireCompletedAsync(studyId);
        foreach (var run in study.Runs.Where(r => r.Variant == variant).OrderBy(r => r.Replication))
            yield return await grains.GetGrain<IRunGrain>(run.RunId).GetResults().WaitAsync(cancellation);
    }
}
