using System.CommandLine;
using Twin.Cli.Rendering;
using Twin.Client.Connection;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Contracts.Studies;
using Twin.Hosting;

namespace Twin.Cli.Commands;

/// <summary>What `study`, `compare` and `sweep` share: start a study, follow it with a progress bar, print its results.</summary>
public static class StudyRunner
{
    public static readonly Option<string?> Cluster = new("--cluster")
    {
        Description = "A running cluster's gateway, HOST:PORT (default: $TWIN_CLUSTER, else an embedded silo in this process).",
    };

    public static Option<bool> Detach() => new("--detach") { Description = "Print the study id and return at once (with --cluster)." };

    public static Option<bool> All() => new("--all") { Description = "Show every KPI of every entity, not only the headline ones." };

    /// <param name="plan">Builds the request once the twin is reached (its errors come after a connection error).</param>
    /// <param name="window">The days the printed summaries cover (its other filters are ignored).</param>
    public static async Task<int> RunAsync(ParseResult parse, Func<StudyRequest> plan, ResultQuery window, bool detach, bool json, bool all,
        CancellationToken cancellation)
    {
        await using var connection = await TwinConnections.OpenAsync(parse.GetValue(Cluster), parse.GetValue(CommonOptions.Data), cancellation, CommonOptions.Certificates(parse));
        var status = await connection.Client.StartStudyAsync(plan(), cancellation);
        return await FollowAsync(parse, connection, status, detach, json, all, cancellation, window);
    }

    /// <summary>Follows a started study to its end with a progress bar, then prints its results (or just its id with --detach).</summary>
    public static async Task<int> FollowAsync(ParseResult parse, TwinConnection connection, StudyStatus status, bool detach, bool json, bool all,
        CancellationToken cancellation, ResultQuery? window = null)
    {
        var output = parse.InvocationConfiguration.Output;
        var client = connection.Client;
        if (detach)
        {
            output.WriteLine(status.StudyId);
            return ExitCodes.Success;
        }
        status = await WatchAsync(parse, connection, status, progressBar: true, cancellation);
        if (status.State != StudyState.Completed) return ExitCodes.Failure;
        // A silo lost while the results are read costs a retry, not the answer.
        if (status.Kind == StudyKind.Comparison)
            StudyTables.WriteComparison(await TransientFailures.RetryAsync(() => client.CompareAsync(status.StudyId, window), cancellation), all, json, output);
        else if (status.Kind == StudyKind.Sweep && !all && !json)
            SweepTable.Write(await TransientFailures.RetryAsync(() => client.GetResultsAsync(status.StudyId, window), cancellation),
                (await client.GetDefinitionAsync(status.StudyId)).Request.Variants, output);
        else
            StudyTables.WriteResults(await TransientFailures.RetryAsync(() => client.GetResultsAsync(status.StudyId, window), cancellation), all, json, output);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Waits for a started study to end, reporting on standard error where it runs, its progress
    /// and how it ended; cancelling cancels the study. Returns its final status.
    /// </summary>
    public static async Task<StudyStatus> WatchAsync(ParseResult parse, TwinConnection connection, StudyStatus status, bool progressBar,
        CancellationToken cancellation)
    {
        var error = parse.InvocationConfiguration.Error;
        var client = connection.Client;
        error.WriteLine($"study {status.StudyId}: {status.RunsTotal} runs ({status.Variants.Length} scenario{(status.Variants.Length == 1 ? "" : "s")}) on the {connection.Description}");
        using (var progress = new ConsoleProgressBar(error, enabled: progressBar))
        {
            try
            {
                await foreach (var update in client.WatchAsync(status.StudyId, cancellation: cancellation))
                {
                    progress.Report(new Twin.Client.Runs.RunProgress(update.RunsDone, update.RunsTotal, update.DaysDone, update.DaysTotal));
                    status = update;
                }
            }
            catch (OperationCanceledException)
            {
                await CancelOnTheWayOutAsync(client, status.StudyId, error);
                throw;
            }
        }
        if (status.State != StudyState.Completed)
            error.WriteLine($"error: study {status.StudyId} {status.State.ToString().ToLowerInvariant()}: {status.Error}");
        else
            error.WriteLine($"study {status.StudyId} completed in {status.ElapsedSeconds:F1} s ({status.RunsFromCache} of {status.RunsTotal} runs from the result cache)");
        return status;
    }

    /// <summary>
    /// Cancels the study as the command stops (Ctrl+C, SIGTERM), waiting three seconds at most: the
    /// command must end within a few seconds even if the cluster does not answer. Runs already
    /// finished stay in the results store, and a later identical study takes them from there.
    /// </summary>
    private static async Task CancelOnTheWayOutAsync(TwinClient client, string studyId, TextWriter error)
    {
        try
        {
            await client.CancelAsync(studyId).WaitAsync(TimeSpan.FromSeconds(3));
            error.WriteLine($"study {studyId} cancelled; its finished runs are kept in the results store");
        }
        catch (Exception e)
        {
            error.WriteLine($"study {studyId} could not be cancelled ({e.Message}); it may still be running");
        }
    }
}
