namespace Twin.Storage.Tests.Support;

/// <summary>Settings of silo processes clustered through a scratch PostgreSQL database.</summary>
public static class TestClusters
{
    /// <summary>
    /// A cluster of its own in <paramref name="database"/>, no live twin, and a killed silo noticed
    /// in seconds rather than the production defaults' tens of seconds.
    /// </summary>
    public static Dictionary<string, string?> Settings(PostgresScratch database) => new(database.Settings)
    {
        ["Twin:Cluster:Membership"] = "postgres",
        ["Twin:Cluster:ClusterId"] = $"test-{Guid.NewGuid():N}",
        ["Twin:Live:Enabled"] = "false",
        ["Twin:Cluster:FailureDetection:ProbeTimeout"] = "00:00:01",
        ["Twin:Cluster:FailureDetection:NumMissedProbesLimit"] = "2",
        ["Twin:Cluster:FailureDetection:NumVotesForDeathDeclaration"] = "1",
        ["Twin:Cluster:FailureDetection:TableRefreshTimeout"] = "00:00:02",
    };
}
