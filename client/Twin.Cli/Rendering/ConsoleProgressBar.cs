using System.Diagnostics;
using Twin.Client.Runs;

namespace Twin.Cli.Rendering;

/// <summary>
/// Shows run progress on standard error with the time left: a redrawn bar on a terminal (every
/// report, so the clock moves even while a long run's days do), a line per tenth or per
/// <see cref="QuietLineEvery"/> when redirected (so logs stay short), nothing when quiet.
/// </summary>
/// <param name="elapsed">The time since the start (tests give their own clock).</param>
public sealed class ConsoleProgressBar(TextWriter error, bool enabled, Func<TimeSpan>? elapsed = null) : IProgress<RunProgress>, IDisposable
{
    private const int Width = 30;

    /// <summary>How long a redirected log goes without a progress line at most.</summary>
    public static readonly TimeSpan QuietLineEvery = TimeSpan.FromSeconds(10);

    private readonly bool _interactive = !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
    private readonly Func<TimeSpan> _elapsed = elapsed ?? StartClock();
    private readonly Lock _lock = new();
    private TimeSpan _lastDraw = TimeSpan.FromSeconds(-1);
    private TimeSpan _lastLine;
    private int _lastTenth = -1;
    private bool _drawn;

    public void Report(RunProgress value)
    {
        if (!enabled) return;
        lock (_lock)
        {
            var now = _elapsed();
            if (_interactive)
            {
                if (now - _lastDraw < TimeSpan.FromMilliseconds(100) && value.Fraction < 1) return;
                _lastDraw = now;
                int filled = (int)(value.Fraction * Width);
                error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Fraction,4:P0}  runs {value.RunsDone}/{value.Runs}  days {value.DaysDone:N0}/{value.DaysTotal:N0}  {now.TotalSeconds:F1} s{Left(value.Fraction, now)} ");
                _drawn = true;
            }
            else
            {
                int tenth = (int)(value.Fraction * 10);
                if (tenth == _lastTenth && now - _lastLine < QuietLineEvery) return;
                (_lastTenth, _lastLine) = (tenth, now);
                error.WriteLine($"progress: {value.Fraction:P0} (runs {value.RunsDone}/{value.Runs}, days {value.DaysDone:N0}/{value.DaysTotal:N0}, {now.TotalSeconds:F0} s{Left(value.Fraction, now)})");
            }
        }
    }

    /// <summary>", about 1 min 20 s left", from the pace so far; nothing before there is a pace to go by.</summary>
    public static string Left(double fraction, TimeSpan elapsed)
    {
        if (fraction <= 0.01 || fraction >= 1 || elapsed < TimeSpan.FromSeconds(1)) return "";
        var left = TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction);
        return left.TotalMinutes >= 60 ? $", about {(int)left.TotalHours} h {left.Minutes} min left"
            : left.TotalSeconds >= 60 ? $", about {(int)left.TotalMinutes} min {left.Seconds} s left"
            : $", about {Math.Ceiling(left.TotalSeconds):F0} s left";
    }

    private static Func<TimeSpan> StartClock()
    {
        var clock = Stopwatch.StartNew();
        return () => clock.Elapsed;
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
