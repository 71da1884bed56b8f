using System.Data.Common;
using Twin.Storage.Schema;

namespace Twin.Hosting.Checks;

/// <summary>
/// `twin db check`: reads back everything the twin stored (finished runs' results, and the grain
/// states holding runs' checkpoints and studies) and says what cannot be read, and what that means.
/// With repair, unreadable results are dropped, so their runs are computed again when asked for.
/// </summary>
public static class StoredDataCheck
{
    public static async Task<CheckReport> RunAsync(DatabaseTarget target, bool repair, CancellationToken cancellation = default)
    {
        await using var connection = await DatabaseConnections.OpenAsync(target, cancellation);
        var report = new CheckReport();
        await ResultsCheck.RunAsync(connection, report, repair, cancellation);
        await CheckpointsCheck.RunAsync(connection, report, cancellation);
        return report;
    }

    /// <summary>Each row of a query, its columns as objects (null for NULL).</summary>
    internal static async IAsyncEnumerable<object?[]> RowsAsync(DbConnection connection, string sql,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return row;
        }
    }
}

/// <summary>What a check found: how much it read, and each problem named by its run or grain.</summary>
public sealed class CheckReport
{
    public int Results { get; set; }
    public int States { get; set; }
    public int UnfinishedRuns { get; set; }
    public int Repaired { get; set; }
    public List<string> Problems { get; } = [];
}
