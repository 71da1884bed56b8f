using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Twin.Hosting;
using Twin.Storage.Configuration;
using Twin.Storage.Schema;

namespace Twin.Cli.Commands;

/// <summary>
/// `twin db init`: creates or upgrades the twin's database by hand, as a silo does at start.
/// `twin db check`: reads back every stored result and checkpoint and reports what is damaged.
/// </summary>
public static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Manage the database that holds the twin's state.");
        command.Subcommands.Add(Init());
        command.Subcommands.Add(Check());
        return command;
    }

    private static Option<string?> ProviderOption()
    {
        var provider = new Option<string?>("--provider") { Description = "sqlite (default: a file in TWIN_DATA, else ./.twin-data) or postgres. Default: Twin__Storage__Provider, else sqlite." };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        return provider;
    }

    private static Option<string?> ConnectionOption() => new("--connection")
    {
        Description = "The connection string, e.g. \"Host=db;Database=twin;Username=twin;Password=...\" or \"Data Source=/srv/twin/twin.db\". Default: Twin__Storage__ConnectionString.",
    };

    /// <summary>The database the options name, else the one the embedded silo would use (so --data names the same SQLite file).</summary>
    private static DatabaseTarget Target(ParseResult parse, Option<string?> provider, Option<string?> connection)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(provider) is { } name)
            overrides[StorageSettings.ProviderKey] = name;
        if (parse.GetValue(connection) is { } text)
            overrides[StorageSettings.ConnectionStringKey] = text;
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(EmbeddedConfiguration.For(parse.GetValue(CommonOptions.Data)))
            .AddInMemoryCollection(overrides).Build();
        try
        {
            return StorageSettings.Read(configuration).Database;
        }
        catch (TwinConfigurationException e) when (e.Key == StorageSettings.ConnectionStringKey)
        {
            throw new UsageException($"--connection: {e.Message}");
        }
    }

    private static Command Check()
    {
        var provider = ProviderOption();
        var connection = ConnectionOption();
        var repair = new Option<bool>("--repair") { Description = "Drop stored results that cannot be read, so their runs are computed again when asked for." };
        var command = new Command("check",
            "Read back every finished run's stored results and every stored checkpoint and study, and report what cannot be read. " +
            "Exit code 1 if anything is damaged (and not repaired).")
        {
            provider, connection, repair,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var target = Target(parse, provider, connection);
            var report = await Twin.Hosting.Checks.StoredDataCheck.RunAsync(target, parse.GetValue(repair), cancellation);
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"Checked the {target.Describe()}: {report.Results} stored run result(s), {report.States} grain state(s), {report.UnfinishedRuns} unfinished run(s) with a checkpoint.");
            foreach (var problem in report.Problems)
                output.WriteLine($"  {problem}");
            int left = report.Problems.Count - report.Repaired;
            if (report.Problems.Count == 0)
                output.WriteLine("Everything stored can be read.");
            else if (report.Repaired > 0)
                output.WriteLine($"{report.Problems.Count} problem(s) found; dropped {report.Repaired} unreadable result(s), whose runs are computed again when asked for.");
            else
                output.WriteLine($"{report.Problems.Count} problem(s) found. A run whose results are damaged is computed again when asked for; --repair drops them now.");
            return left > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static Command Init()
    {
        var provider = ProviderOption();
        var connection = ConnectionOption();
        var command = new Command("init",
            "Create the database's tables and statements, or bring an older one up to this twin's schema version. " +
            "Safe to run again: it never drops or rewrites data. Silos do the same at start unless Twin__SetUpDatabase=false.")
        {
            provider, connection,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var target = Target(parse, provider, connection);
            var report = await DatabaseSetup.RunAsync(target, cancellation);

            var output = parse.InvocationConfiguration.Output;
            if (report.Applied.Count > 0)
                output.WriteLine($"Set up the {target.Describe()}: now at schema version {report.SchemaVersion} (applied {string.Join(", ", report.Applied.Select(m => $"{m.Version} {m.Name}"))}).");
            else
                output.WriteLine($"The {target.Describe()} is at schema version {report.SchemaVersion}: its tables were up to date.");
            if (report.StatementsChanged > 0)
                output.WriteLine($"Wrote {report.StatementsChanged} provider statement(s) to OrleansQuery.");
            return ExitCodes.Success;
        });
        return command;
    }
}
