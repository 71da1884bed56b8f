using System.Data.Common;

namespace Twin.Storage.Schema;

/// <summary>
/// Brings a database to the schema this twin needs: creates what is missing, applies the
/// migrations it has not seen yet in order (each recorded in twin_schema_version), and installs
/// the statements the Orleans providers read from OrleansQuery. It never drops or rewrites data,
/// so running it again, or from several silos at once, is safe. The silo runs it at start;
/// <c>twin db init</c> runs it by hand.
/// </summary>
public static class DatabaseSetup
{
    /// <summary>The schema version this build of the twin brings a database of that kind to.</summary>
    public static int LatestVersion(DatabaseProvider provider) => SqlResources.Migrations(provider).Count;

    public static async Task<SetupReport> RunAsync(DatabaseTarget target, CancellationToken cancellation = default)
    {
        var dialect = SchemaDialect.For(target.Provider);
        var migrations = SqlResources.Migrations(target.Provider);
        try
        {
            await using var connection = await dialect.OpenAsync(target.ConnectionString, cancellation);
            await using var transaction = await dialect.BeginExclusiveAsync(connection, cancellation);
            await ExecuteAsync(transaction, dialect.CreateVersionTable, cancellation);
            var present = await ReadVersionsAsync(transaction, cancellation);
            var newest = migrations.Count;
            if (present.Count > 0 && present.Max() > newest)
                throw new DatabaseSetupException(
                    $"The {target.Describe()} is at schema version {present.Max()}, newer than this twin knows ({newest}). Upgrade the twin; it will not change a newer database.");

            var applied = new List<Migration>();
            foreach (var migration in migrations.Where(m => !present.Contains(m.Version)))
            {
                await ExecuteAsync(transaction, migration.Sql, cancellation);
                await ExecuteAsync(transaction, SchemaDialect.RecordVersion, cancellation, ("version", migration.Version), ("description", migration.Name));
                applied.Add(migration);
            }

            var changed = 0;
            foreach (var (key, text) in SqlResources.Queries(target.Provider).OrderBy(q => q.Key, StringComparer.Ordinal))
                changed += await ExecuteAsync(transaction, SchemaDialect.UpsertQuery, cancellation, ("key", key), ("text", text));

            await transaction.CommitAsync(cancellation);
            return new SetupReport(target, newest, applied, changed);
        }
        catch (DbException e)
        {
            throw new DatabaseSetupException($"Could not set up the {target.Describe()}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A data folder that cannot be created, or a connection string the driver rejects.
            throw new DatabaseSetupException($"Could not set up the {target.Describe()}: {e.Message}", e);
        }
    }

    private static async Task<HashSet<int>> ReadVersionsAsync(DbTransaction transaction, CancellationToken cancellation)
    {
        await using var command = Command(transaction, SchemaDialect.ReadVersions);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellation))
            versions.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        return versions;
    }

    private static async Task<int> ExecuteAsync(DbTransaction transaction, string sql, CancellationToken cancellation, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(transaction, sql);
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync(cancellation);
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
