using System.Data.Common;

namespace Twin.Storage.Schema;

/// <summary>What differs between the databases when setting them up: connecting, locking, a few statements.</summary>
internal abstract class SchemaDialect
{
    public static SchemaDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteDialect(),
        DatabaseProvider.Postgres => new PostgresDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Opens a connection, creating what must exist before one can (a folder for a file).</summary>
    public abstract Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellation);

    /// <summary>
    /// Begins the set-up's transaction, holding a lock that makes concurrent set-ups (several silos
    /// starting at once) run one after the other.
    /// </summary>
    public abstract Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellation);

    public abstract string CreateVersionTable { get; }

    /// <summary>Writes @key's statement @text only if it is missing or differs, so a repeated set-up touches no row.</summary>
    public const string UpsertQuery = """
        insert into OrleansQuery (QueryKey, QueryText) values (@key, @text)
        on conflict (QueryKey) do update set QueryText = excluded.QueryText
        where OrleansQuery.QueryText <> excluded.QueryText
        """;

    public const string ReadVersions = "select version from twin_schema_version order by version";

    public const string RecordVersion = "insert into twin_schema_version (version, description) values (@version, @description)";
}
