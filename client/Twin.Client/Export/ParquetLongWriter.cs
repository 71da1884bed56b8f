using Parquet;
using Parquet.Schema;

namespace Twin.Client.Export;

/// <summary>
/// Writes long-format rows as Parquet with typed columns (text, 32/64-bit integers, double), one
/// row group per run, so a reader can load a run at a time.
/// </summary>
public sealed class ParquetLongWriter : IAsyncDisposable
{
    public static readonly ParquetSchema Schema = new(
        new DataField<string>("study", false), new DataField<string>("run", false), new DataField<string>("scenario", false),
        new DataField<int>("replication"), new DataField<long>("seed"), new DataField<int>("day"),
        new DataField<string>("entity", false), new DataField<string>("kpi", false), new DataField<double>("value"));

    private readonly Stream _stream;
    private readonly ParquetWriter _writer;

    private ParquetLongWriter(Stream stream, ParquetWriter writer) => (_stream, _writer) = (stream, writer);

    public static async Task<ParquetLongWriter> CreateAsync(string path)
    {
        var stream = File.Create(path);
        return new ParquetLongWriter(stream, await ParquetWriter.CreateAsync(Schema, stream));
    }

    /// <summary>Writes one row group.</summary>
    public async Task WriteGroupAsync(IReadOnlyList<LongRow> rows)
    {
        if (rows.Count == 0) return;
        var f = Schema.DataFields;
        using var group = _writer.CreateRowGroup();
        await group.WriteAsync(f[0], rows.Select(r => r.Study).ToArray());
        await group.WriteAsync(f[1], rows.Select(r => r.Run).ToArray());
        await group.WriteAsync(f[2], rows.Select(r => r.Scenario).ToArray());
        await group.WriteAsync<int>(f[3], rows.Select(r => r.Replication).ToArray());
        await group.WriteAsync<long>(f[4], rows.Select(r => r.Seed).ToArray());
        await group.WriteAsync<int>(f[5], rows.Select(r => r.Day).ToArray());
        await group.WriteAsync(f[6], rows.Select(r => r.Entity).ToArray());
        await group.WriteAsync(f[7], rows.Select(r => r.Kpi).ToArray());
        await group.WriteAsync<double>(f[8], rows.Select(r => r.Value).ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _stream.DisposeAsync();
    }
}
