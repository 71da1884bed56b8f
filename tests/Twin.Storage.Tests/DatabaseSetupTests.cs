using Twin.Storage.Schema;
using Twin.Storage.Tests.Support;

namespace Twin.Storage.Tests;

/// <summary>The versioned, idempotent set-up, on fresh databases of each kind.</summary>
public abstract class DatabaseSetupTests
{
    /// <summary>A fresh database, or null when this kind is not available here (the test skips).</summary>
    protected abstract Task<ScratchDatabase?> CreateAsync();

    protected abstract DatabaseProvider Provider { get; }

    private async Task<ScratchDatabase> FreshAsync()
    {
        var database = await CreateAsync();
        Skip.If(database is null, PostgresScratch.SkipReason);
        return database!;
    }

    [SkippableFact]
    public async Task A_fresh_database_gets_every_migration_in_order_and_every_provider_statement()
    {
        await using var database = await FreshAsync();

        var report = await DatabaseSetup.RunAsync(database.Target);

        var latest = DatabaseSetup.LatestVersion(Provider);
        Assert.Equal(Enumerable.Range(1, latest), report.Applied.Select(m => m.Version));
        Assert.Equal(latest, report.SchemaVersion);
        var versions = await database.QueryAsync("select version from twin_schema_version order by version");
        Assert.Equal(Enumerable.Range(1, latest).Select(v => (long)v), versions.Select(r => Convert.ToInt64(r[0])));
        var keys = (await database.QueryAsync("select QueryKey from OrleansQuery")).Select(r => (string)r[0]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey" }, keys);
        Assert.Equal(keys.Count, report.StatementsChanged);
    }

    [SkippableFact]
    public async Task Concurrent_set_ups_of_a_fresh_database_all_succeed_and_apply_each_migration_once()
    {
        await using var database = await FreshAsync();

        // Several silos starting at once against one new database.
        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => DatabaseSetup.RunAsync(database.Target))));

        Assert.Single(reports, r => r.Applied.Count > 0);
        Assert.All(reports, r => Assert.Equal(DatabaseSetup.LatestVersion(Provider), r.SchemaVersion));
        Assert.Equal(DatabaseSetup.LatestVersion(Provider), await database.ScalarAsync("select count(*) from twin_schema_version"));
    }

    [SkippableFact]
    public async Task A_database_at_a_newer_schema_version_is_refused_and_left_alone()
    {
        await using var database = await FreshAsync();
        await DatabaseSetup.RunAsync(database.Target);
        var newer = DatabaseSetup.LatestVersion(Provider) + 1;
        await database.ExecuteAsync($"insert into twin_schema_version (version, description) values ({newer}, 'from a later twin')");
        var before = await database.SnapshotAsync();

        var error = await Assert.ThrowsAsync<DatabaseSetupException>(() => DatabaseSetup.RunAsync(database.Target));

        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await database.SnapshotAsync());
    }
}

public sealed class SqliteDatabaseSetupTests : DatabaseSetupTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<ScratchDatabase?> CreateAsync() => Task.FromResult<ScratchDatabase?>(new SqliteScratch());
}

public sealed class PostgresDatabaseSetupTests : DatabaseSetupTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task<ScratchDatabase?> CreateAsync() => await PostgresScratch.CreateAsync();
}
