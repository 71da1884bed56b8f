using Twin.Silo.Api;

namespace Twin.Silo.Health;

/// <summary>
/// `/health`: 200 while the silo is in its cluster and its database answers; 503 with Retry-After
/// while the database is away (runs are paused then, and resume by themselves when it is back).
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapTwinHealth(this WebApplication app)
    {
        app.MapGet("/health", (DatabaseHealth database, HttpContext context) =>
        {
            if (database.Problem is not { } problem)
                return Results.Ok(new { status = "ok", database = "ok" });
            context.Response.Headers.RetryAfter = ApiOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { status = "degraded", database = $"unreachable: {problem}", since = database.DownSince },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();
        return app;
    }
}
