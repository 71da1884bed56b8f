namespace Twin.Client.Export;

/// <summary>The file formats a study exports to.</summary>
public enum ExportFormat
{
    Csv,
    Parquet,
}

/// <summary>What an export wrote.</summary>
public sealed record ExportResult(IReadOnlyList<string> Files, long Rows);

/// <summary>
/// What an export is about to write, before it writes anything: the rows, and the CSV file's
/// bytes (the first run's rows formatted, times the runs). Null bytes when no CSV is asked for.
/// </summary>
public sealed record ExportEstimate(long Rows, long? CsvBytes)
{
    /// <summary>Above this, the command line asks for --yes before writing a CSV file.</summary>
    public const long LargeCsvBytes = 1L << 30;
}
