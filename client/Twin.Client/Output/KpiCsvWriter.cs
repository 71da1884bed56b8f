using System.Globalization;
using System.Text;
using Twin.Contracts.Kernel;

namespace Twin.Client.Output;

/// <summary>
/// Writes run results in long format, `run,replication,day,entity,kpi,value`: one row per value,
/// runs in the order given (replication order), entities in canonical order, then days, then
/// KPIs. Values use the round-trip format, so the same results always give the same bytes.
/// </summary>
public static class KpiCsvWriter
{
    public const string Header = "run,replication,day,entity,kpi,value";

    /// <summary>Writes the runs as they arrive, so only one run's series is held at a time.</summary>
    public static async Task WriteFileAsync(IAsyncEnumerable<RunResults> runs, string path, CancellationToken cancellation = default)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        await foreach (var run in runs.WithCancellation(cancellation))
            Write(run, writer);
    }

    private static void Write(RunResults run, TextWriter writer)
    {
        var line = new StringBuilder(128);
        foreach (var series in run.Series)
        {
            for (int day = 0; day < series.Days; day++)
            {
                for (int k = 0; k < series.Names.Count; k++)
                {
                    line.Clear()
                        .Append(run.RunId).Append(',')
                        .Append(run.Replication.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(day.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(series.EntityId).Append(',')
                        .Append(series.Names[k]).Append(',')
                        .Append(series.Get(day, k).ToString("R", CultureInfo.InvariantCulture))
                        .Append('\n');
                    writer.Write(line);
                }
            }
        }
    }
}
