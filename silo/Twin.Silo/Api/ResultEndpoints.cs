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

    private static async Task<IResult> Export(string id, TwinClient client, string? format, CancellationToken cancellation)
    {
        var chosen = (format ?? "csv").ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "parquet" => ExportFormat.Parquet,
            _ => (ExportFormat?)null,
        };
        if (chosen is null) return ApiProblems.Invalid("format", $"must be csv or parquet, got '{format}'");
        var dir = Directory.CreateTempSubdirectory("twin-export-");
        try
        {
            var result = await client.ExportAsync(id, [chosen.Value], dir.FullName, cancellation: cancellation);
            var file = result.Files[0];
            var bytes = await File.ReadAllBytesAsync(file, cancellation);
            return Results.File(bytes, chosen == ExportFormat.Csv ? "text/csv" : "application/vnd.apache.parquet", $"{id}{Path.GetExtension(file)}");
        }
        finally
        {
            // Also when the study is unknown or unfinished (404, 409): no folder is left behind per request.
            dir.Delete(recursive: true);
        }
    }

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
