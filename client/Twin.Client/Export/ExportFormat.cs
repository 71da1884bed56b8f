namespace Twin.Client.Export;

/// <summary>The file formats a study exports to.</summary>
public enum ExportFormat
{
    Csv,
    Parquet,
}

/// <summary>What an export wrote.</summary>
public sealed record ExportResult(IReadOnlyList<string> Files, long Rows);
