using System.Diagnostics;
using System.Text;

namespace Twin.Testing;

/// <summary>
/// The `twin` command as a separate process, as a planner runs it: its exit code, what it printed,
/// and each line of standard error as it comes (progress, the study's id). Ended when disposed.
/// </summary>
public sealed class CliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public string Error
    {
        get
        {
            lock (_error) return _error.ToString();
        }
    }

    /// <summary>Completes when the process has ended, whatever its exit code (unlike <see cref="WaitAsync"/>, it never kills it).</summary>
    public Task Exited => _process.WaitForExitAsync();

    /// <param name="onErrorLine">Called for each line of standard error (from another thread).</param>
    public static CliProcess Start(IEnumerable<string> args, Action<string>? onErrorLine = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(BuildOutput.Assembly("client", "Twin.Cli", "twin.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var cli = new CliProcess(new Process { StartInfo = start });
        cli._process.OutputDataReceived += (_, e) => Append(cli._output, e.Data);
        cli._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            Append(cli._error, e.Data);
            onErrorLine?.Invoke(e.Data);
        };
        cli._process.Start();
        cli._process.BeginOutputReadLine();
        cli._process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits for the command to end and returns its exit code; kills it if it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"twin did not finish within {timeout}:\n{Error}");
        }
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null) return;
        lock (text) text.AppendLine(line);
    }
}
