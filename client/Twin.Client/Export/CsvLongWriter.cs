using System.Globalization;
using System.Text;

namespace Twin.Client.Export;

/// <summary>Writes long-format rows as CSV (values in round-trip format; text fields quoted when needed).</summary>
public sealed class CsvLongWriter : IAsyncDisposable
{
    public const string Header = "study,run,scenario,replication,seed,day,entity,kpi,value";
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new(160);

    /// <param name="leaveOpen">Keep <paramref name="output"/> open when done (an HTTP response).</param>
    public CsvLongWriter(Stream output, bool leaveOpen = false)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen);
        _writer.Write(Header + "\n");
    }

    /// <summary>Hands what is buffered to the stream, so a response goes out as it is made.</summary>
    public Task FlushAsync(CancellationToken cancellation) => _writer.FlushAsync(cancellation);

    public void Write(in LongRow row)
    {
        _line.Clear()
            .Append(Text(row.Study)).Append(',').Append(Text(row.Run)).Append(',').Append(Text(row.Scenario)).Append(',')
            .Append(row.Replication.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(row.Seed.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(row.Day.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(Text(row.Entity)).Append(',').Append(Text(row.Kpi)).Append(',')
            .Append(row.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        _writer.Write(_line);
    }

    /// <summary>Quotes a field that holds a comma, a quote or a line break (sweep labels can).</summary>
    private static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    public async ValueTask DisposeAsync() => await _writer.DisposeAsync();
}
