using System.Diagnostics;
using Twin.Client.Runs;

namespace Twin.Cli.Rendering;

/// <summary>
/// Shows run progress on standard error: a redrawn bar on a terminal, a line per tenth when
/// redirected (so logs stay short), nothing when quiet.
/// </summary>
public sealed class ConsoleProgressBar(TextWriter error, bool enabled) : IProgress<RunProgress>, IDisposable
{
    private const int Width = 30;
    private readonly bool _interactive = !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private long _lastDraw = -1000;
    private int _lastTenth = -1;
    private bool _drawn;

    public void Report(RunProgress value)
    {
        if (!enabled) return;
        lock (_lock)
        {
            if (_interactive)
            {
                long now = _clock.ElapsedMilliseconds;
                if (now - _lastDraw < 100 && value.Fraction < 1) return;
                _lastDraw = now;
                int filled = (int)(value.Fraction * Width);
                error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Fraction,4:P0}  runs {value.RunsDone}/{value.Runs}  days {value.DaysDone:N0}/{value.DaysTotal:N0}  {_clock.Elapsed.TotalSeconds:F1} s ");
                _drawn = true;
            }
            else
            {
                int tenth = (int)(value.Fraction * 10);
                if (tenth == _lastTenth) return;
                _lastTenth = tenth;
                error.WriteLine($"progress: {value.Fraction:P0} (runs {value.RunsDone}/{value.Runs}, days {value.DaysDone:N0}/{value.DaysTotal:N0})");
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_drawn) error.WriteLine();
            _drawn = false;
        }
    }
}
