using Twin.Client.Connection;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Model.Studies;
using Twin.Storage.Configuration;
using Twin.Storage.Schema;

namespace Twin.Cli;

/// <summary>Turns what went wrong into a readable message and an exit code; stack traces only with TWIN_DEBUG=1.</summary>
public static class CliErrors
{
    public static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case ScenarioInvalidException invalid:
                error.WriteLine($"error: {invalid.File} is not a valid scenario ({invalid.Problems.Count} problem{(invalid.Problems.Count == 1 ? "" : "s")}):");
                foreach (var problem in invalid.Problems)
                    error.WriteLine($"  {problem}");
                return ExitCodes.InvalidInput;
            case SweepException sweep:
                error.WriteLine($"error: {sweep.Message}");
                return ExitCodes.InvalidInput;
            case Twin.Model.Optimisation.SpecInvalidException spec:
                error.WriteLine($"error: {spec.Message}");
                return ExitCodes.InvalidInput;
            case StudyNotFoundException:
                // A study id that names no study is bad input, like a bad file name.
                error.WriteLine($"error: {exception.Message}");
                return ExitCodes.InvalidInput;
            case StudyNotReadyException or ClusterUnreachableException or Twin.Client.Live.LiveTwinNotRunningException:
                error.WriteLine($"error: {exception.Message}");
                return ExitCodes.Failure;
            case UsageException usage:
                error.WriteLine($"error: {usage.Message}");
                return ExitCodes.InvalidInput;
            case TwinConfigurationException setting:
                error.WriteLine($"error: {setting.Message}");
                return ExitCodes.InvalidInput;
            case DatabaseSetupException setup:
                error.WriteLine($"error: {setup.Message}");
                return ExitCodes.Failure;
            case OperationCanceledException:
                error.WriteLine("cancelled");
                return ExitCodes.Cancelled;
            case RunFailedException failed:
                error.WriteLine($"error: {failed.Message}");
                return ExitCodes.Failure;
            default:
                error.WriteLine($"error: {exception.Message}");
                if (Environment.GetEnvironmentVariable("TWIN_DEBUG") == "1")
                    error.WriteLine(exception);
                return ExitCodes.Failure;
        }
    }
}

/// <summary>An argument that parses but makes no sense (a folder that is a file, a count below one).</summary>
public sealed class UsageException(string message) : Exception(message);
