using System.Data.Common;
using Npgsql;

namespace Twin.Storage.Schema;

internal sealed class PostgresDialect : SchemaDialect
{
    // An arbitrary constant shared by every twin process ("twin" in ASCII): the advisory lock
    // serializes set-ups on one database, and PostgreSQL releases it with the transaction.
    private const long SetupLockKey = 0x7477696E;

    public override async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellation)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellation)
    {
        var transaction = await connection.BeginTransactionAsync(cancellation);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"select pg_advisory_xact_lock({SetupLockKey})";
        await command.ExecuteNonQueryAsync(cancellation);
        return transaction;
    }

    public override string CreateVersionTable => """
        create table if not exists twin_schema_version (
            version     integer     primary key,
            description text        not null,
            applied_at  timestamptz not null default now()
        )
        """;
}
