using Twin.Contracts.Kernel;
using Twin.Silo.Health;
using Twin.Storage.Resilience;

namespace Twin.Silo.Api;

/// <summary>
/// The API during a database outage or a silo failover: 503 with Retry-After, never 500. Requests
/// are turned away at once while the database is known to be away, rather than after a grain call
/// has waited for it; failures that show an outage or a lost silo get the same answer.
/// </summary>
public static class ApiOutage
{
    public const int RetryAfterSeconds = 5;

    /// <summary>True for failures that pass: a database away, a silo lost or its grains moving.</summary>
    public static bool Explains(Exception e) => TransientDatabaseErrors.Outage(e) || SiloLoss.Explains(e);

    public static WebApplication UseTwinOutageGate(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            var database = context.RequestServices.GetRequiredService<DatabaseHealth>();
            if (database.Problem is { } problem)
            {
                await Write(context, $"The database is unreachable ({problem}); runs are paused and resume when it is back.");
                return;
            }
            await next(context);
        }));
        return app;
    }

    public static Task Write(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The twin is unavailable for a moment", detail: detail)
            .ExecuteAsync(context);
    }
}
