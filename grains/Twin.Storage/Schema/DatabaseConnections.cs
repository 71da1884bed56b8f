using System.Data.Common;

namespace Twin.Storage.Schema;

/// <summary>Opens connections to the twin's database for our own tables (the results store), the way the set-up does.</summary>
public static class DatabaseConnections
{
    public static Task<DbConnection> OpenAsync(DatabaseTarget target, CancellationToken cancellation = default) =>
        SchemaDialect.For(target.Provider).OpenAsync(target.ConnectionString, cancellation);
}
