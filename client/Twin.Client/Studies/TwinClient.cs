using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Model.Scenarios;

namespace Twin.Client.Studies;

/// <summary>
/// The planner's .NET API: validate scenarios, run studies on the twin's cluster (or an embedded
/// silo), watch them, and read, compare and export their results. The CLI and the HTTP API are
/// built on it.
/// </summary>
/// <param name="liveRunId">The live twin's run (tests run several side by side).</param>
public sealed partial class TwinClient(IGrainFactory grains, string liveRunId = Twin.Client.Live.LiveRun.Id)
{
    private static readonly TimeSpan DefaultPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(5);

    public IGrainFactory Grains => grains;

    /// <summary>Checks a scenario's JSON text; never throws for bad input.</summary>
    public Task<ScenarioLoadResult> ValidateAsync(string scenarioJson) => Task.FromResult(ScenarioLoader.Load(scenarioJson));

    /// <summary>Checks a scenario file, its `base` resolved relative to it; never throws for bad input.</summary>
    public Task<ScenarioLoadResult> ValidateFileAsync(string path) => Task.FromResult(ScenarioLoader.LoadFile(path));

    /// <summary>
    /// Starts a study under a new id and returns its first status. A start that meets a silo going
    /// away is sent again under the same id, which a study already started simply answers.
    /// </summary>
    public async Task<StudyStatus> StartStudyAsync(StudyRequest request, CancellationToken cancellation = default)
    {
        var study = grains.GetGrain<IStudyGrain>("study-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)));
        return await TransientFailures.RetryAsync(() => study.Start(request).WaitAsync(cancellation), cancellation);
    }

    public async Task<StudyStatus> GetStatusAsync(string studyId)
    {
        // The catalog answers first: asking a study grain for an id nobody started would activate one per id tried.
        if (studyId.Length is 0 or > MaxStudyIdLength || !await grains.GetGrain<IStudyCatalogGrain>(0).Contains(studyId))
            throw new StudyNotFoundException(studyId);
        var status = await grains.GetGrain<IStudyGrain>(studyId).GetStatus();
        return status.RunsTotal == 0 && status.Variants.Length == 0 ? throw new StudyNotFoundException(studyId) : status;
    }

    public async Task<IReadOnlyList<StudyStatus>> ListStudiesAsync()
    {
        var ids = await grains.GetGrain<IStudyCatalogGrain>(0).List();
        return await Task.WhenAll(ids.Select(id => grains.GetGrain<IStudyGrain>(id).GetStatus()));
    }

    /// <summary>One page of the studies, newest first: at most <paramref name="limit"/>, after the <paramref name="offset"/> newest; and how many there are.</summary>
    public async Task<(IReadOnlyList<StudyStatus> Studies, int Total)> ListStudiesAsync(int offset, int limit)
    {
        var page = await grains.GetGrain<IStudyCatalogGrain>(0).Page(offset, limit);
        return (await Task.WhenAll(page.Ids.Select(id => grains.GetGrain<IStudyGrain>(id).GetStatus())), page.Total);
    }

    /// <summary>Study ids are short ("study-" and ten hex digits); anything much longer is no study's.</summary>
    private const int MaxStudyIdLength = 100;

    /// <summary>
    /// The study's progress until it ends: one status per poll, the last one final. Polls that meet
    /// a silo going away (the study's, or the gateway's) are tried again until the cluster has moved on.
    /// </summary>
    public async IAsyncEnumerable<StudyStatus> WatchAsync(string studyId, TimeSpan? interval = null,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        while (true)
        {
            // A poll sent through a gateway that just died is not answered until Orleans' 30 s
            // timeout: give up on it sooner and ask again, through another gateway by then.
            var status = await TransientFailures.RetryAsync(() => GetStatusAsync(studyId).WaitAsync(PollTimeout, cancellation), cancellation);
            yield return status;
            if (status.IsFinished) yield break;
            await Task.Delay(interval ?? DefaultPoll, cancellation);
        }
    }

    /// <summary>Cancels a study that exists (an unknown id is an error, as for its status).</summary>
    public async Task<StudyStatus> CancelAsync(string studyId)
    {
        await GetStatusAsync(studyId);
        return await grains.GetGrain<IStudyGrain>(studyId).Cancel();
    }

    /// <summary>The definition of a study that exists (any state).</summary>
    public async Task<StudyDefinition> GetDefinitionAsync(string studyId)
    {
        await GetStatusAsync(studyId);
        return await grains.GetGrain<IStudyGrain>(studyId).GetDefinition();
    }

    /// <summary>Statistics across replications of each KPI (aggregated over the run), and optionally daily series.</summary>
    public async Task<StudyResults> GetResultsAsync(string studyId, ResultQuery? query = null)
    {
        query ??= new ResultQuery();
        var aggregates = await LoadAggregatesAsync(studyId, query);
        var study = aggregates.Study;
        var daily = query.Daily ? await DailyAsync(study, query) : [];
        return new StudyResults(studyId, study.Request.Variants.Select(v => v.Label).ToArray(), study.Request.Replications,
            study.Request.Days, StudyAnalysis.Summaries(aggregates, query), daily) { Window = aggregates.Window };
    }

    /// <summary>
    /// Each what-if against the baseline: paired differences per replication with their interval,
    /// over the query's window (by default every day, or a fork's days after its fork point).
    /// </summary>
    public async Task<ComparisonReport> CompareAsync(string studyId, ResultQuery? query = null)
    {
        query ??= new ResultQuery();
        var aggregates = await LoadAggregatesAsync(studyId, query);
        if (aggregates.Study.Request.Variants.Length < 2)
            throw new StudyNotReadyException($"Study '{studyId}' has a single scenario; a comparison needs a baseline and a what-if.");
        return StudyAnalysis.Compare(aggregates, query);
    }

    /// <summary>Every run of a finished study, fetched a few at a time.</summary>
    internal async Task<StudyDefinition> RequireCompletedAsync(string studyId)
    {
        var status = await GetStatusAsync(studyId);
        if (status.State != StudyState.Completed)
            throw new StudyNotReadyException($"Study '{studyId}' is {status.State.ToString().ToLowerInvariant()}" +
                (status.State == StudyState.Running ? $" ({status.RunsDone}/{status.RunsTotal} runs done); wait for it to finish." : "; it has no complete results."));
        return await grains.GetGrain<IStudyGrain>(studyId).GetDefinition();
    }

    private async Task<StudyAnalysis.Aggregates> LoadAggregatesAsync(string studyId, ResultQuery query)
    {
        var study = await RequireCompletedAsync(studyId);
        var window = query.WindowFor(study.Request);
        if (window.From > window.To)
            throw new ArgumentException($"The window is empty: from day {window.From} to day {window.To} (the study has days 0 to {study.Request.Days - 1}).");
        var all = await Task.WhenAll(study.Runs.Select(r => grains.GetGrain<IRunGrain>(r.RunId).GetAggregates(window.From, window.To)));
        var byVariant = study.Request.Variants
            .Select((_, v) => study.Runs.Select((run, i) => (run, i)).Where(x => x.run.Variant == v).OrderBy(x => x.run.Replication).Select(x => all[x.i]).ToArray())
            .ToArray();
        return new StudyAnalysis.Aggregates(study, byVariant, window);
    }

    private async Task<IReadOnlyList<DailyStatistic>> DailyAsync(StudyDefinition study, ResultQuery query)
    {
        if (query.Kpi is null || query.Entity is null)
            throw new ArgumentException("Daily results need both a KPI and an entity.");
        int from = query.FromDay ?? 0, to = query.ToDay ?? study.Request.Days - 1;
        var result = new List<DailyStatistic>();
        foreach (var (variant, v) in study.Request.Variants.Select((x, i) => (x, i)))
        {
            var runs = study.Runs.Where(r => r.Variant == v).OrderBy(r => r.Replication).ToArray();
            var series = await Task.WhenAll(runs.Select(r => grains.GetGrain<IRunGrain>(r.RunId).GetSeries(query.Entity, query.Kpi, from, to)));
            for (int d = 0; d < (series.Length == 0 ? 0 : series[0].Length); d++)
                result.Add(new DailyStatistic(variant.Label, query.Entity, query.Kpi, from + d, Twin.Model.Statistics.Summary.Of(series.Select(s => s[d]).ToArray())));
        }
        return result;
    }
}
