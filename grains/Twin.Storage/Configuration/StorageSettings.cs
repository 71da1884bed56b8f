using Microsoft.Extensions.Configuration;
using Twin.Storage.Schema;

namespace Twin.Storage.Configuration;

/// <summary>
/// Where grain state lives. Keys: <c>Twin:Storage:Provider</c> (sqlite, the default, or
/// postgres), <c>Twin:Storage:ConnectionString</c> (for sqlite defaults to the file
/// twin.db in the data folder: <c>Twin:DataFolder</c>, else <c>TWIN_DATA</c>, else ./.twin-data),
/// <c>Twin:SetUpDatabase</c> (default true: the silo creates or upgrades the schema at start),
/// <c>Twin:Storage:OutageWindow</c> (default 00:02:00: how long storage and membership calls wait
/// out an unreachable database before they fail).
/// </summary>
public sealed record StorageSettings(DatabaseTarget Database, bool SetUpDatabase)
{
    public const string OutageWindowKey = "Twin:Storage:OutageWindow";

    /// <summary>How long a storage call retries while the database is unreachable.</summary>
    public TimeSpan OutageWindow { get; init; } = Resilience.OutagePolicy.DefaultWindow;

    public const string ProviderKey = "Twin:Storage:Provider";
    public const string ConnectionStringKey = "Twin:Storage:ConnectionString";
    public const string DataFolderKey = "Twin:DataFolder";
    public const string DataFolderVariable = "TWIN_DATA";
    public const string SetUpDatabaseKey = "Twin:SetUpDatabase";
    public const string DefaultDataFolder = ".twin-data";
    public const string SqliteFileName = "twin.db";

    public static StorageSettings Read(IConfiguration configuration)
    {
        var provider = SettingReader.Choice(configuration, ProviderKey, DatabaseProvider.Sqlite,
            ("sqlite", DatabaseProvider.Sqlite), ("postgres", DatabaseProvider.Postgres));
        var connectionString = SettingReader.Text(configuration, ConnectionStringKey);
        if (connectionString is null)
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(DataFolder(configuration), SqliteFileName)}"
                : throw new TwinConfigurationException(ConnectionStringKey,
                    "required when Twin:Storage:Provider is postgres, e.g. Host=db;Database=twin;Username=twin;Password=...");
        }
        return new StorageSettings(
            ConnectionStrings.Target(provider, connectionString, ConnectionStringKey),
            SettingReader.Flag(configuration, SetUpDatabaseKey, true))
        {
            OutageWindow = ReadOutageWindow(configuration),
        };
    }

    /// <summary>Twin:Storage:OutageWindow, which membership calls follow too.</summary>
    public static TimeSpan ReadOutageWindow(IConfiguration configuration) =>
        SettingReader.Duration(configuration, OutageWindowKey, Resilience.OutagePolicy.DefaultWindow);

    /// <summary>The folder for the embedded SQLite file: Twin:DataFolder, else TWIN_DATA, else ./.twin-data.</summary>
    /// <exception cref="TwinConfigurationException">The folder named is a file: said at once, rather than after the database setup's retries.</exception>
    public static string DataFolder(IConfiguration configuration)
    {
        var (key, folder) = SettingReader.Text(configuration, DataFolderKey) is { } configured ? (DataFolderKey, configured)
            : SettingReader.Text(configuration, DataFolderVariable) is { } variable ? (DataFolderVariable, variable)
            : ("", DefaultDataFolder);
        if (File.Exists(folder))
            throw new TwinConfigurationException(key.Length == 0 ? DefaultDataFolder : key,
                $"'{folder}' is a file; the data folder (--data, TWIN_DATA) must be a folder, which is created if missing");
        return folder;
    }
}
