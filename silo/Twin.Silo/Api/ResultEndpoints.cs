using Twin.Client.Export;
using Twin.Client.Studies;

namespace Twin.Silo.Api;

/// <summary>A finished study's results: statistics, comparisons, long-format files, the manifest and plots.</summary>
public static class ResultEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/studies/{id}/results", Results_)
            .WithName("GetResults").RequireRateLimiting(RateLimits.Heavy).WithSummary("KPI statistics across replications")
            .WithDescription("Each KPI aggregated over the window from..to (days, inclusive; default every day, or a fork's days after its fork point) as its declaration says, summarised across replications (mean, sd, 95% CI); filter by kpi and entity. With daily=true (and kpi and entity), also the daily series between from and to.")
            .Produces<StudyResults>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem();
        api.MapGet("/studies/{id}/comparison", Comparison)
            .WithName("GetComparison").RequireRateLimiting(RateLimits.Heavy).WithSummary("Paired differences of each what-if against the baseline")
            .WithDescription("Each KPI aggregated over the window from..to (days, inclusive; default every day, or a fork's days after its fork point), paired by replication; filter by kpi and entity.")
            .Produces<ComparisonReport>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/studies/{id}/export", Export)
            .WithName("ExportStudy").RequireRateLimiting(RateLimits.Heavy).WithSummary("The study's results in long format (format=csv or parquet)")
            .WithDescription("Streams the results a run at a time, filtered by kpi and entity (repeated or comma-separated), days from..to (inclusive) and replication (repeated).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        api.MapGet("/studies/{id}/manifest", Manifest)
            .WithName("GetManifest").RequireRateLimiting(RateLimits.Heavy).WithSummary("The manifest that reproduces every run of the study")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/studies/{id}/plot", Plot)
            .WithName("PlotStudy").RequireRateLimiting(RateLimits.Heavy).WithSummary("A PNG of a KPI over time per scenario, with its 95% band")
            .Produces(StatusCodes.Status200OK, contentType: "image/png").ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
    }

    private static async Task<IResult> Results_(string id, TwinClient client, string? kpi, string? entity, int? from, int? to, bool? daily)
    {
        if (daily == true && (kpi is null || entity is null)) return ApiProblems.Invalid("daily", "daily series need both kpi and entity");
        if (WindowProblem(from, to) is { } problem) return problem;
        return Results.Ok(await client.GetResultsAsync(id, new ResultQuery(kpi, entity, from, to, daily == true)));
    }

    private static async Task<IResult> Comparison(string id, TwinClient client, string? kpi, string? entity, int? from, int? to) =>
        WindowProblem(from, to) ?? Results.Ok(await client.CompareAsync(id, new ResultQuery(kpi, entity, from, to)));

    private static IResult? WindowProblem(int? from, int? to) =>
        from < 0 ? ApiProblems.Invalid("from", $"must be >= 0, got {from}")
        : to < 0 ? ApiProblems.Invalid("to", $"must be >= 0, got {to}")
        : from > to ? ApiProblems.Invalid("from", $"must not be after to ({from} > {to}): the window would be empty")
        : null;

    private static async Task<IResult> Export(HttpContext context, string id, TwinClient client, string? format, string[]? kpi, string[]? entity,
        int? from, int? to, int[]? replication, CancellationToken cancellation)
    {
        var chosen = (format ?? "csv").ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "parquet" => ExportFormat.Parquet,
            _ => (ExportFormat?)null,
        };
        if (chosen is null) return ApiProblems.Invalid("format", $"must be csv or parquet, got '{Twin.Model.Scenarios.KnownIds.Clip(format!)}'");
        if (WindowProblem(from, to) is { } problem) return problem;
        var filter = new ExportFilter(Split(kpi), Split(entity), from, to, replication);
        // Every check (study exists, finished, filter fits) before the first byte: after it, errors could only tear the file.
        var study = await client.RequireExportableAsync(id, filter);
        if (chosen == ExportFormat.Csv)
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{id}.csv\"";
            await client.ExportCsvAsync(study, context.Response.Body, filter, cancellation);
            return Results.Empty;
        }
        // Parquet writes its index at the end, so it goes through a file that disappears once sent.
        var dir = Directory.CreateTempSubdirectory("twin-export-");
        try
        {
            var result = await client.ExportAsync(id, [ExportFormat.Parquet], dir.FullName, cancellation: cancellation, filter: filter);
            var stream = new FileStream(result.Files[0], FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            return Results.Stream(stream, "application/vnd.apache.parquet", $"{id}.parquet");
        }
        finally
        {
            // The open stream keeps the file readable once its folder is gone: nothing is left behind per request.
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Query values given repeated (`kpi=a&kpi=b`) or comma-separated (`kpi=a,b`).</summary>
    private static string[]? Split(string[]? values) =>
        values is null ? null : values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    private static async Task<IResult> Manifest(string id, TwinClient client) =>
        Results.Text(StudyManifest.Build(await client.GetDefinitionAsync(id), DateTimeOffset.UtcNow).ToJsonString(), "application/json");

    private static async Task<IResult> Plot(string id, TwinClient client, string? kpi, string? entity)
    {
        if (string.IsNullOrWhiteSpace(kpi)) return ApiProblems.Invalid("kpi", "is required");
        var file = Path.Combine(Path.GetTempPath(), $"twin-plot-{Guid.NewGuid():N}.png");
        try
        {
            await client.PlotAsync(id, kpi, entity, file);
            return Results.File(await File.ReadAllBytesAsync(file), "image/png");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
