using Twin.Client.Export;
using Twin.Contracts.Results;
using Twin.Contracts.Studies;

namespace Twin.Client.Studies;

public sealed partial class TwinClient
{
    /// <summary>
    /// Writes a finished study in long format (`results.csv` and/or `results.parquet`) and its
    /// `manifest.json` into <paramref name="directory"/>. Runs are read from the results store one
    /// at a time and written as they come, so memory does not grow with the study.
    /// </summary>
    /// <param name="proceed">Told the export's size before anything is written; returning false ends the export with no file written.</param>
    public async Task<ExportResult> ExportAsync(string studyId, IReadOnlyCollection<ExportFormat> formats, string directory,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellation = default, ExportFilter? filter = null,
        Func<ExportEstimate, bool>? proceed = null)
    {
        var study = await RequireExportableAsync(studyId, filter);
        var runs = RunsOf(study, filter);
        RunSlice? first = runs.Length > 0 ? await ReadAsync(runs[0], filter, cancellation) : null;
        if (proceed is not null && !proceed(await EstimateAsync(study, runs, first, formats.Contains(ExportFormat.Csv))))
            return new ExportResult([], 0);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        CsvLongWriter? csv = null;
        ParquetLongWriter? parquet = null;
        long rows = 0;
        try
        {
            if (formats.Contains(ExportFormat.Csv)) { files.Add(Path.Combine(directory, "results.csv")); csv = new CsvLongWriter(File.Create(files[^1])); }
            if (formats.Contains(ExportFormat.Parquet)) { files.Add(Path.Combine(directory, "results.parquet")); parquet = await ParquetLongWriter.CreateAsync(files[^1]); }
            for (int i = 0; i < runs.Length; i++)
            {
                var slice = i == 0 ? first! : await ReadAsync(runs[i], filter, cancellation);
                long before = rows;
                if (csv is not null)
                    foreach (var row in Rows(study, runs[i], slice)) { csv.Write(row); rows++; }
                if (parquet is not null)
                    rows = before + await parquet.WriteRunAsync(KeyOf(study, runs[i]), slice);
                progress?.Report((i + 1, runs.Length));
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

    /// <summary>The whole export's size from its first run: every run of a study has the same days, and nearly the same entities.</summary>
    private static async Task<ExportEstimate> EstimateAsync(StudyDefinition study, StudyRun[] runs, RunSlice? first, bool csv)
    {
        if (first is null) return new ExportEstimate(0, csv ? 0 : null);
        var counter = new ByteCounter();
        long rows = 0;
        if (csv)
        {
            await using (var writer = new CsvLongWriter(counter, leaveOpen: true))
                foreach (var row in Rows(study, runs[0], first)) { writer.Write(row); rows++; }
        }
        else
            rows = Rows(study, runs[0], first).LongCount();
        return new ExportEstimate(rows * runs.Length, csv ? counter.Length * runs.Length : null);
    }

    /// <summary>
    /// Writes a study's long-format CSV to <paramref name="output"/> (an HTTP response), a run at a
    /// time, in chunks of a few thousand rows handed over asynchronously; returns the rows written.
    /// </summary>
    public async Task<long> ExportCsvAsync(StudyDefinition study, Stream output, ExportFilter? filter = null, CancellationToken cancellation = default)
    {
        long rows = 0;
        using var chunk = new MemoryStream();
        var csv = new CsvLongWriter(chunk, leaveOpen: true);
        await using (csv)
        {
            foreach (var run in RunsOf(study, filter))
            {
                foreach (var row in Rows(study, run, await ReadAsync(run, filter, cancellation)))
                {
                    csv.Write(row);
                    if (++rows % 4096 == 0) await DrainAsync();
                }
            }
            await DrainAsync();
        }
        return rows;

        // A response may not be written synchronously, and a writer flushes synchronously when full: rows go to memory, then out.
        async Task DrainAsync()
        {
            await csv.FlushAsync(cancellation);
            chunk.Position = 0;
            await chunk.CopyToAsync(output, cancellation);
            chunk.SetLength(0);
        }
    }

    /// <summary>A finished study whose export can start: checked before the first byte is written, so errors are answers, not torn files.</summary>
    public async Task<StudyDefinition> RequireExportableAsync(string studyId, ExportFilter? filter = null)
    {
        if (filter is { FromDay: { } from, ToDay: { } to } && from > to)
            throw new ArgumentException($"The window is empty: from day {from} is after to day {to}.");
        var study = await RequireCompletedAsync(studyId);
        var missing = filter?.Replications?.Where(r => r < 0 || r >= study.Request.Replications).ToArray();
        if (missing is { Length: > 0 })
            throw new ArgumentException($"Study '{studyId}' has replications 0 to {study.Request.Replications - 1}, not {string.Join(", ", missing)}.");
        return study;
    }

    private static StudyRun[] RunsOf(StudyDefinition study, ExportFilter? filter) =>
        study.Runs.Where(r => (filter ?? ExportFilter.All).Takes(r.Replication)).ToArray();

    /// <summary>One run's results as the filter cuts them, read through a stateless reader grain (no run grain is activated or left holding results).</summary>
    private async Task<RunSlice> ReadAsync(StudyRun run, ExportFilter? filter, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return await grains.GetGrain<IResultsReaderGrain>(0).Read(run.RunId, (filter ?? ExportFilter.All).ForRuns()).WaitAsync(cancellation);
    }

    /// <summary>A run's values as long-format rows, made as they are written.</summary>
    private static IEnumerable<LongRow> Rows(StudyDefinition study, StudyRun run, RunSlice slice)
    {
        var key = KeyOf(study, run);
        foreach (var series in slice.Series)
            for (int day = 0; day < series.Days; day++)
                for (int k = 0; k < series.Names.Count; k++)
                    yield return new LongRow(key.Study, key.Run, key.Scenario, key.Replication, key.Seed, slice.FromDay + day, series.EntityId, series.Names[k], series.Get(day, k));
    }

    private static RunRowKey KeyOf(StudyDefinition study, StudyRun run) =>
        new(study.StudyId, run.RunId, study.Request.Variants[run.Variant].Label, run.Replication, study.Request.Seed);
}
