using Microsoft.Data.Sqlite;
using Npgsql;
using Twin.Storage.Schema;

namespace Twin.Storage.Configuration;

/// <summary>Checks a connection string's syntax at start, so a typo is reported with its setting's key.</summary>
internal static class ConnectionStrings
{
    public static DatabaseTarget Target(DatabaseProvider provider, string connectionString, string key)
    {
        try
        {
            switch (provider)
            {
                case DatabaseProvider.Sqlite:
                    if (string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource))
                        throw new ArgumentException("it names no file (Data Source=...)");
                    break;
                case DatabaseProvider.Postgres:
                    if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host))
                        throw new ArgumentException("it names no server (Host=...)");
                    break;
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new TwinConfigurationException(key, $"not a valid {provider.ToString().ToLowerInvariant()} connection string: {e.Message}");
        }
        return new DatabaseTarget(provider, connectionString);
    }
}
