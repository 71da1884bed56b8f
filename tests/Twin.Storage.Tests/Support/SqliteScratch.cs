using System.Data.Common;
using Microsoft.Data.Sqlite;
using Twin.Storage.Schema;

namespace Twin.Storage.Tests.Support;

/// <summary>A SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteScratch : ScratchDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("twin-storage-").FullName;

    public override DatabaseTarget Target => new(DatabaseProvider.Sqlite, $"Data Source={FilePath}");

    public string FilePath => Path.Combine(_folder, "data", "twin.db");

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
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A silo still closing holds the file; the temporary folder is cleaned by the system.
        }
        return ValueTask.CompletedTask;
    }
}
