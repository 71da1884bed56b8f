using System.Data.Common;
using System.Globalization;
using Twin.Storage.Schema;

namespace Twin.Storage.Tests.Support;

/// <summary>An empty database of its own for one fixture or test, removed afterwards.</summary>
public abstract class ScratchDatabase : IAsyncDisposable
{
    public abstract DatabaseTarget Target { get; }

    /// <summary>The configuration that points a host at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Twin:Storage:Provider"] = Target.Provider.ToString().ToLowerInvariant(),
        ["Twin:Storage:ConnectionString"] = Target.ConnectionString,
    };

    /// <summary>Every table of ours, every row, every column, as text; rows that a statement rewrote differ.</summary>
    public abstract Task<IReadOnlyList<string>> SnapshotAsync();

    public abstract Task<DbConnection> OpenAsync();

    public async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public async Task<long> ScalarAsync(string sql) => Convert.ToInt64((await QueryAsync(sql))[0][0], CultureInfo.InvariantCulture);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected async Task<IReadOnlyList<string>> DumpAsync(IEnumerable<string> queries)
    {
        var lines = new List<string>();
        foreach (var query in queries)
        {
            foreach (var row in await QueryAsync(query))
                lines.Add($"{query}: {string.Join(" | ", row.Select(Show))}");
        }
        return lines;
    }

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public abstract ValueTask DisposeAsync();
}
