using Twin.Cli;

// Ctrl+C and SIGTERM cancel the command, which cancels its study and stops its silo; if that takes
// longer than a few seconds, the process ends anyway, with 130 (SIGINT) or 143 (SIGTERM).
using var signals = new TerminationSignals();
var command = TwinCommandLine.RunAsync(args, cancellation: signals.Token);
await Task.WhenAny(command, signals.GraceOver);
if (signals.ExitCode is { } signalled)
{
    if (!command.IsCompleted) Console.Error.WriteLine("stopped: the command did not finish cancelling in time");
    return signalled;
}
return await command;
