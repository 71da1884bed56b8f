using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Twin.Storage.Schema;

internal sealed class SqliteDialect : SchemaDialect
{
    public override async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellation)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellation);
            // Write-ahead logging lets readers go on while a silo writes, and it is a property of
            // the file: set once, it holds for every later connection.
            await using var command = connection.CreateCommand();
            command.CommandText = "pragma journal_mode = wal";
            await command.ExecuteNonQueryAsync(cancellation);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // BEGIN IMMEDIATE takes the file's write lock at once, so a second set-up waits here
    // (up to the connection's timeout) instead of failing halfway.
    public override async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellation) =>
        await Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override string CreateVersionTable => """
        create table if not exists twin_schema_version (
            version     integer primary key,
            description text    not null,
            applied_at  text    not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) strict
        """;
}
