using Twin.Client.Export;
using Twin.Contracts.Kernel;

namespace Twin.Client.Studies;

public sealed partial class TwinClient
{
    /// <summary>
    /// Writes a finished study in long format (`results.csv` and/or `results.parquet`) and its
    /// `manifest.json` into <paramref name="directory"/>, fetching one run at a time.
    /// </summary>
    public async Task<ExportResult> ExportAsync(string studyId, IReadOnlyCollection<ExportFormat> formats, string directory,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellation = default)
    {
        var study = await RequireCompletedAsync(studyId);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        CsvLongWriter? csv = null;
        ParquetLongWriter? parquet = null;
        long rows = 0;
        try
        {
            if (formats.Contains(ExportFormat.Csv)) { files.Add(Path.Combine(directory, "results.csv")); csv = new CsvLongWriter(files[^1]); }
            if (formats.Contains(ExportFormat.Parquet)) { files.Add(Path.Combine(directory, "results.parquet")); parquet = await ParquetLongWriter.CreateAsync(files[^1]); }
            for (int i = 0; i < study.Runs.Length; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var run = study.Runs[i];
                var results = await grains.GetGrain<IRunGrain>(run.RunId).GetResults();
                var group = new List<LongRow>();
                foreach (var series in results.Series)
                    for (int day = 0; day < series.Days; day++)
                        for (int k = 0; k < series.Names.Count; k++)
                            group.Add(new LongRow(studyId, run.RunId, study.Request.Variants[run.Variant].Label, run.Replication,
                                study.Request.Seed, day, series.EntityId, series.Names[k], series.Get(day, k)));
                foreach (var row in group) csv?.Write(row);
                if (parquet is not null) await parquet.WriteGroupAsync(group);
                rows += group.Count;
                progress?.Report((i + 1, study.Runs.Length));
            }
        }
        finally
        {
            if (csv is not null) await csv.DisposeAsync();
            if (parquet is not null) await parquet.DisposeAsync();
        }
        files.Add(Path.Combine(directory, "manifest.json"));
        StudyManifest.Write(study, files[^1], DateTimeOffset.UtcNow);
        return new ExportResult(files, rows);
    }
}
