using Twin.Storage.Tests.Support;

namespace Twin.Storage.Tests;

public sealed class SqliteGrainStorageTests(SqliteStorageCluster fixture)
    : GrainStorageTests<SqliteStorageCluster>(fixture), IClassFixture<SqliteStorageCluster>;
