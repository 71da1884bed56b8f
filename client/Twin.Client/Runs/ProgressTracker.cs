namespace Twin.Client.Runs;

/// <summary>Adds up the progress of concurrent runs into one <see cref="RunProgress"/>.</summary>
public sealed class ProgressTracker(int runs, int daysPerRun, IProgress<RunProgress>? sink)
{
    private readonly int[] _days = new int[runs];
    private readonly bool[] _finished = new bool[runs];
    private readonly Lock _lock = new();

    public void Update(int slot, int daysDone, bool finished)
    {
        RunProgress snapshot;
        lock (_lock)
        {
            _days[slot] = daysDone;
            _finished[slot] = finished;
            snapshot = new RunProgress(_finished.Count(f => f), runs, _days.Sum(d => (long)d), (long)runs * daysPerRun);
        }
        sink?.Report(snapshot);
    }
}
