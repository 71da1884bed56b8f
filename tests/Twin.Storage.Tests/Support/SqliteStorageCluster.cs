namespace Twin.Storage.Tests.Support;

public sealed class SqliteStorageCluster : StorageCluster
{
    protected override Task<ScratchDatabase?> CreateDatabaseAsync() => Task.FromResult<ScratchDatabase?>(new SqliteScratch());
}
