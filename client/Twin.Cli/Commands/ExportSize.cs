using Twin.Client.Export;

namespace Twin.Cli.Commands;

/// <summary>
/// Says how big an export will be before anything is written, and asks for --yes before writing
/// a CSV file over 1 GB (a whole comparison's CSV runs to gigabytes; filters cut it down).
/// </summary>
public static class ExportSize
{
    public static bool Announce(ExportEstimate estimate, bool yes, TextWriter error)
    {
        string csv = estimate.CsvBytes is { } bytes ? $", results.csv about {Describe(bytes)}" : "";
        error.WriteLine($"exporting about {estimate.Rows:N0} rows{csv}");
        if (estimate.CsvBytes > ExportEstimate.LargeCsvBytes && !yes)
            throw new UsageException($"results.csv would be about {Describe(estimate.CsvBytes.Value)}: write less with --kpi, --entity, --from/--to or --replication, " +
                                     "choose --format parquet, or add --yes to write it all. Nothing was written.");
        return true;
    }

    public static string Describe(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):F1} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):F0} MB",
        >= 1L << 10 => $"{bytes / 1024.0:F0} KB",
        _ => $"{bytes} bytes",
    };
}
