using Twin.Storage.Tests.Support;

namespace Twin.Storage.Tests;

public sealed class PostgresGrainStorageTests(PostgresStorageCluster fixture)
    : GrainStorageTests<PostgresStorageCluster>(fixture), IClassFixture<PostgresStorageCluster>;
