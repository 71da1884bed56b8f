using Microsoft.Data.Sqlite;
using Npgsql;

namespace Twin.Storage.Schema;

/// <summary>A database to set up or to store into: which kind, and how to reach it.</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// The ADO.NET invariant the Orleans providers know the driver by. SQLite is served by
    /// Microsoft.Data.Sqlite under the name <c>System.Data.SQLite</c>.
    /// </summary>
    public string Invariant => Provider switch
    {
        DatabaseProvider.Sqlite => "System.Data.SQLite",
        DatabaseProvider.Postgres => "Npgsql",
        _ => throw new ArgumentOutOfRangeException(nameof(Provider), Provider, null),
    };

    /// <summary>Where the database is, without credentials: for messages and logs.</summary>
    public string Describe()
    {
        try
        {
            return Provider switch
            {
                DatabaseProvider.Sqlite => $"sqlite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
                _ => DescribePostgres(new NpgsqlConnectionStringBuilder(ConnectionString)),
            };
        }
        catch (ArgumentException)
        {
            return $"{Provider.ToString().ToLowerInvariant()} (connection string not readable)";
        }
    }

    private static string DescribePostgres(NpgsqlConnectionStringBuilder builder) =>
        $"postgres database '{builder.Database}' on {builder.Host}:{builder.Port} as '{builder.Username}'";

    // Records print every property; keep the connection string (and its password) out of logs.
    public override string ToString() => Describe();
}
