using System.Data.Common;
using Npgsql;
using Twin.Storage.Schema;

namespace Twin.Storage.Tests.Support;

/// <summary>
/// A fresh schema in the PostgreSQL database that TWIN_TEST_POSTGRES names, found first on the
/// search path, so that every table of ours lands in it and fixtures never meet. When the variable
/// is not set, PostgreSQL tests skip; when it is set, an unreachable server fails them.
/// </summary>
public sealed class PostgresScratch : ScratchDatabase
{
    public const string Variable = "TWIN_TEST_POSTGRES";

    public static string SkipReason => $"{Variable} is not set, so there is no PostgreSQL to test against (.ci/run sets it).";

    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    private readonly string _schema;

    private PostgresScratch(string connectionString, string schema)
    {
        _schema = schema;
        Target = new DatabaseTarget(DatabaseProvider.Postgres, connectionString);
    }

    public override DatabaseTarget Target { get; }

    /// <summary>A new scratch schema, or null when no PostgreSQL is configured (the caller skips).</summary>
    public static async Task<PostgresScratch?> CreateAsync()
    {
        if (ServerConnectionString is not { } server)
            return null;
        var schema = $"twin_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create schema {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        return new PostgresScratch(builder.ConnectionString, schema);
    }

    public override async Task<DbConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Target.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    // xmin is the transaction that last wrote the row: a rewrite with equal values still shows.
    public override Task<IReadOnlyList<string>> SnapshotAsync() => DumpAsync(
    [
        "select xmin::text, * from twin_schema_version order by version",
        "select xmin::text, * from OrleansQuery order by QueryKey",
        "select xmin::text, * from twin_grain_state order by grain_id_hash, grain_type, grain_id_ext",
        "select xmin::text, * from twin_membership_version order by deployment_id",
        "select xmin::text, * from twin_membership order by deployment_id, address, port, generation",
    ]);

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop schema if exists {_schema} cascade", connection);
        await command.ExecuteNonQueryAsync();
    }
}
