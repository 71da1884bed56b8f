using System.Runtime.InteropServices;

namespace Twin.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM for one command: the first cancels the command's token, and the
/// process ends with 130 (SIGINT) or 143 (SIGTERM), at the latest <see cref="Grace"/> later
/// whatever the command is still doing. Runs already finished are in the results store by then.
/// </summary>
public sealed class TerminationSignals : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(4);

    private readonly CancellationTokenSource _cancel = new();
    private readonly TaskCompletionSource _graceOver = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;
    private int _exitCode;

    public TerminationSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>130 after SIGINT, 143 after SIGTERM; null if no signal came.</summary>
    public int? ExitCode => _exitCode == 0 ? null : _exitCode;

    /// <summary>Completes <see cref="Grace"/> after the first signal.</summary>
    public Task GraceOver => _graceOver.Task;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Not the runtime's default (end at once): the command gets its few seconds to cancel its study.
        context.Cancel = true;
        int code = context.Signal == PosixSignal.SIGINT ? ExitCodes.Cancelled : ExitCodes.Terminated;
        if (Interlocked.CompareExchange(ref _exitCode, code, 0) != 0) return;
        _cancel.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => _graceOver.TrySetResult(), TaskScheduler.Default);
    }
}
