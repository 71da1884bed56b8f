namespace Twin.Storage.Schema;

/// <summary>What one run of the set-up found and did.</summary>
/// <param name="Target">The database.</param>
/// <param name="SchemaVersion">The schema version the database is at now.</param>
/// <param name="Applied">The migrations this run applied (none when it was already up to date).</param>
/// <param name="StatementsChanged">Provider statements (OrleansQuery rows) written because they were missing or differed.</param>
public sealed record SetupReport(DatabaseTarget Target, int SchemaVersion, IReadOnlyList<Migration> Applied, int StatementsChanged)
{
    public bool ChangedAnything => Applied.Count > 0 || StatementsChanged > 0;
}
