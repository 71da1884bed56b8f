using System.Diagnostics;
using Twin.Contracts.Kernel;

namespace Twin.Storage.Tests.Faults;

/// <summary>
/// Follows a trial's runs from the test: where each is, and how long a fault set them back. A run
/// is recovered from a fault once it has stepped past the day it had reached when the fault came
/// (it goes back to its last checkpoint first), or has finished.
/// </summary>
public sealed class RunWatch(IGrainFactory grains, IReadOnlyCollection<string> runIds)
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Every run's status now; a run that does not answer in time is left out.</summary>
    public async Task<IReadOnlyDictionary<string, RunStatus>> SnapshotAsync()
    {
        var statuses = await Task.WhenAll(runIds.Select(async id =>
        {
            try
            {
                return await grains.GetGrain<IRunGrain>(id).GetStatus().WaitAsync(CallTimeout);
            }
            catch (Exception e) when (e is TimeoutException || SiloLoss.Explains(e))
            {
                return null;
            }
        }));
        return statuses.Where(s => s is not null).ToDictionary(s => s!.RunId, s => s!);
    }

    /// <summary>True once every run has finished.</summary>
    public async Task<bool> AllFinishedAsync()
    {
        var now = await SnapshotAsync();
        return now.Count == runIds.Count && now.Values.All(s => s.State.IsFinished());
    }

    /// <summary>
    /// Waits until the runs together are <paramref name="fraction"/> of the way through their days
    /// (a run that did not answer counts as where it was last seen), and returns where they are.
    /// </summary>
    public async Task<double> WaitForProgressAsync(double fraction, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var days = new Dictionary<string, (int Done, int Total)>();
        while (true)
        {
            foreach (var (id, status) in await SnapshotAsync())
                days[id] = (status.State == RunState.Completed ? status.Days : status.DaysDone, status.Days);
            double progress = days.Count < runIds.Count ? 0 : days.Values.Sum(d => (double)d.Done) / days.Values.Sum(d => d.Total);
            if (progress >= fraction) return progress;
            if (clock.Elapsed > timeout) throw new TimeoutException($"the runs did not reach {fraction:P0} of their days within {timeout} (at {progress:P0})");
            await Task.Delay(200);
        }
    }

    /// <summary>How long until every run under way at <paramref name="before"/> stepped past where it was, or finished.</summary>
    public async Task<TimeSpan> WaitForRecoveryAsync(IReadOnlyDictionary<string, RunStatus> before, DateTime since, TimeSpan timeout)
    {
        var pending = before.Values.Where(s => !s.State.IsFinished()).ToDictionary(s => s.RunId, s => s.DaysDone);
        var clock = Stopwatch.StartNew();
        while (pending.Count > 0)
        {
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"runs {string.Join(", ", pending.Keys)} did not recover within {timeout}");
            foreach (var (id, status) in await SnapshotAsync())
                if (pending.TryGetValue(id, out var day) && (status.State.IsFinished() || status.DaysDone > day))
                    pending.Remove(id);
            if (pending.Count > 0) await Task.Delay(100);
        }
        return DateTime.UtcNow - since;
    }
}
