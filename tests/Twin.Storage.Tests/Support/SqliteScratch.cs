using System.Data.Common;
using Microsoft.Data.Sqlite;
using Twin.Storage.Schema;
using Twin.Testing;

namespace Twin.Storage.Tests.Support;

/// <summary>A SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteScratch : ScratchDatabase
{
    private readonly TempFolder _folder = new("twin-storage-");

    public override DatabaseTarget Target => new(DatabaseProvider.Sqlite, $"Data Source={FilePath}");

    public string FilePath => _folder.PathOf("data", "twin.db");

    public override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(Target.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override Task<IReadOnlyList<string>> SnapshotAsync() => DumpAsync(
    [
        "select * from twin_schema_version order by version",
        "select * from OrleansQuery order by QueryKey",
        "select * from twin_grain_state order by grain_id_hash, grain_type, grain_id_ext",
    ]);

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
