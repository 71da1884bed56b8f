using Twin.Client.Studies;
using Twin.Contracts.Studies;
using Twin.Storage.Tests.Support;
using Twin.Testing;

namespace Twin.Storage.Tests.Faults;

/// <summary>
/// One round of a fault trial's work: a comparison started through the .NET client (in the first
/// round also the attached `twin study`), the runs the faults fall on, and the same runs on an
/// embedded silo as the reference. A trial starts another round, with the next seed, when its runs
/// near their end with faults still to place: a busy machine slows the silos' replacements more than
/// the runs, and a fault after the runs' end would test nothing.
/// </summary>
public sealed class FaultRound : IAsyncDisposable
{
    private readonly TempFolder _referenceData;
    private readonly CliProcess _reference;
    private StudyStatus _comparison;

    private FaultRound(TempFolder referenceData, CliProcess reference, StudyStatus comparison, string[] runIds, RunWatch watch)
    {
        (_referenceData, _reference, _comparison) = (referenceData, reference, comparison);
        (RunIds, Watch) = (runIds, watch);
    }

    public string[] RunIds { get; }
    public RunWatch Watch { get; }

    /// <summary>
    /// Starts the round's embedded reference and its comparison; <paramref name="otherStudies"/>
    /// (the attached study of the first round) share its runs and are followed with them.
    /// </summary>
    public static async Task<FaultRound> StartAsync(FaultWorkload workload, ProcessCluster cluster, Func<Task<string[]>>? otherStudies = null)
    {
        var referenceData = new TempFolder("twin-fault-reference-");
        var reference = workload.StartEmbedded(referenceData.Path);
        try
        {
            var client = new TwinClient(cluster.Grains);
            var comparison = await client.StartStudyAsync(workload.Comparison);
            var studyIds = (otherStudies is null ? [] : await otherStudies()).Append(comparison.StudyId);
            var runIds = (await Task.WhenAll(studyIds.Select(client.GetDefinitionAsync))).SelectMany(d => d.Runs.Select(r => r.RunId)).Distinct().ToArray();
            return new FaultRound(referenceData, reference, comparison, runIds, new RunWatch(cluster.Grains, runIds));
        }
        catch
        {
            await reference.DisposeAsync();
            referenceData.Dispose();
            throw;
        }
    }

    /// <summary>Follows the comparison to its end; null if it completed, otherwise how it ended.</summary>
    public async Task<string?> ComparisonFailureAsync(ProcessCluster cluster)
    {
        await foreach (var update in new TwinClient(cluster.Grains).WatchAsync(_comparison.StudyId, TimeSpan.FromMilliseconds(250))) _comparison = update;
        return _comparison.State == StudyState.Completed ? null : $"the comparison {_comparison.StudyId} ended {_comparison.State}: {_comparison.Error}";
    }

    /// <summary>Null if the round's runs on the cluster equal the embedded reference bit for bit; otherwise what differs or failed.</summary>
    public async Task<string?> DifferenceAsync(ProcessCluster cluster)
    {
        var actual = await FaultWorkload.SeriesAsync(cluster.Grains, RunIds);
        if (await _reference.WaitAsync(TimeSpan.FromMinutes(5)) != 0)
            return $"the embedded reference failed: {FaultTrial.Tail(_reference.Error)}";
        return FaultWorkload.Difference(await FaultWorkload.EmbeddedResultsAsync(_referenceData.Path), actual);
    }

    public async ValueTask DisposeAsync()
    {
        await _reference.DisposeAsync();
        _referenceData.Dispose();
    }
}
