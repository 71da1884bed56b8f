namespace Twin.Storage.Tests.Support;

public sealed class PostgresStorageCluster : StorageCluster
{
    protected override async Task<ScratchDatabase?> CreateDatabaseAsync() => await PostgresScratch.CreateAsync();
}
