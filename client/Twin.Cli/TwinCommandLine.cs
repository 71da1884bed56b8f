using System.CommandLine;
using Twin.Cli.Commands;

namespace Twin.Cli;

/// <summary>The `twin` command: parses the arguments and dispatches to a command.</summary>
public static class TwinCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("SCO Zone Twin: simulate the China-SCO Local Economic and Trade Cooperation Demonstration Zone and its what-ifs.");
        root.Options.Add(CommonOptions.Data);
        root.Options.Add(CommonOptions.Certificate);
        root.Options.Add(CommonOptions.Key);
        root.Options.Add(CommonOptions.Authority);
        root.Options.Add(CommonOptions.Verbose);
        root.Options.Add(CommonOptions.Yes);
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(StudyCommands.Study());
        root.Subcommands.Add(StudyCommands.Compare());
        root.Subcommands.Add(StudyCommands.Sweep());
        root.Subcommands.Add(OptimiseCommand.Create());
        root.Subcommands.Add(CalibrateCommand.Create());
        root.Subcommands.Add(ResultsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(PlotCommand.Create());
        root.Subcommands.Add(LiveCommands.Live());
        root.Subcommands.Add(ObserveCommand.Create());
        root.Subcommands.Add(LiveCommands.Fork());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(MarketCommand.Create());
        return root;
    }

    /// <param name="cancellation">Cancelled by Ctrl+C or SIGTERM (see <see cref="TerminationSignals"/>, which handles them instead of System.CommandLine).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellation = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var parse = Build().Parse(args);
        var unknown = OptionHints.UnknownOptions(parse);
        if (parse.Errors.Count > 0 || unknown.Count > 0)
        {
            // Bad arguments are bad input: exit code 2, like an invalid scenario.
            foreach (var option in unknown)
                error.WriteLine($"error: {option}");
            foreach (var problem in parse.Errors)
                error.WriteLine($"error: {problem.Message}");
            error.WriteLine("Run 'twin --help' (or 'twin COMMAND --help') for usage.");
            return ExitCodes.InvalidInput;
        }
        // Orleans warns of every call slower than it likes (common on a busy machine): noise on a command line unless asked for.
        Twin.Hosting.TwinConnections.EmbeddedLogLevel.Value = parse.GetValue(CommonOptions.Verbose)
            ? Microsoft.Extensions.Logging.LogLevel.Warning : Microsoft.Extensions.Logging.LogLevel.Error;
        var configuration = new InvocationConfiguration
        {
            Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellation);
        }
        catch (Exception e)
        {
            return CliErrors.Report(e, error);
        }
    }
}
