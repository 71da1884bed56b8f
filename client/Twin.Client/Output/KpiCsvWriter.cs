using System.Globalization;
using System.Text;
using Twin.Client.Runs;

namespace Twin.Client.Output;

/// <summary>
/// Writes run results in long format, `run,replication,day,entity,kpi,value`: one row per value,
/// runs in replication order, entities in canonical order, then days, then KPIs. Values use the
/// round-trip format, so the same results always give the same bytes.
/// </summary>
public static class KpiCsvWriter
{
    public const string Header = "run,replication,day,entity,kpi,value";

    public static void Write(RunSetResults results, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        var line = new StringBuilder(128);
        foreach (var run in results.Runs)
        {
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

    public static void WriteFile(RunSetResults results, string path)
    {
        using var stream = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        Write(results, stream);
    }
}
