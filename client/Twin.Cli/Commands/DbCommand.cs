using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Twin.Hosting;
using Twin.Storage.Configuration;
using Twin.Storage.Schema;

namespace Twin.Cli.Commands;

/// <summary>`twin db init`: creates or upgrades the twin's database by hand, as a silo does at start.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Manage the database that holds the twin's state.");
        command.Subcommands.Add(Init());
        return command;
    }

    private static Command Init()
    {
        var provider = new Option<string?>("--provider") { Description = "sqlite (default: a file in TWIN_DATA, else ./.twin-data) or postgres. Default: Twin__Storage__Provider, else sqlite." };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        var connection = new Option<string?>("--connection") { Description = "The connection string, e.g. \"Host=db;Database=twin;Username=twin;Password=...\" or \"Data Source=/srv/twin/twin.db\". Default: Twin__Storage__ConnectionString." };
        var command = new Command("init",
            "Create the database's tables and statements, or bring an older one up to this twin's schema version. " +
            "Safe to run again: it never drops or rewrites data. Silos do the same at start unless Twin__SetUpDatabase=false.")
        {
            provider, connection,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(provider) is { } name)
                overrides[StorageSettings.ProviderKey] = name;
            if (parse.GetValue(connection) is { } text)
                overrides[StorageSettings.ConnectionStringKey] = text;
            // The same settings the embedded silo reads (so --data names the same SQLite file), then the options.
            var configuration = new ConfigurationBuilder()
                .AddConfiguration(EmbeddedConfiguration.For(parse.GetValue(CommonOptions.Data)))
                .AddInMemoryCollection(overrides).Build();
            DatabaseTarget target;
            try
            {
                target = StorageSettings.Read(configuration).Database;
            }
            catch (TwinConfigurationException e) when (e.Key == StorageSettings.ConnectionStringKey)
            {
                throw new UsageException($"--connection: {e.Message}");
            }

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
