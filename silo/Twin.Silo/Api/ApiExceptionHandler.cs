using Microsoft.AspNetCore.Diagnostics;
using Twin.Client.Live;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Model.Studies;

namespace Twin.Silo.Api;

/// <summary>Turns the twin's exceptions into problem details with the right status; never a stack trace.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellation)
    {
        if (ApiOutage.Explains(exception))
        {
            // A database outage or a silo failover passes: say so and when to try again, never 500.
            logger.LogWarning("Request {Path} met an outage: {Reason}", context.Request.Path, exception.Message);
            await ApiOutage.Write(context, "The twin's database or one of its silos is unavailable for a moment; try again shortly.");
            return true;
        }
        var (status, title) = exception switch
        {
            StudyNotFoundException => (StatusCodes.Status404NotFound, "No such study"),
            StudyNotReadyException => (StatusCodes.Status409Conflict, "The study cannot answer that yet"),
            LiveTwinNotRunningException => (StatusCodes.Status503ServiceUnavailable, "The live twin is not running"),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large" : "Bad request"),
            SweepException or ScenarioInvalidException or ArgumentException => (StatusCodes.Status400BadRequest, "The request is not valid"),
            _ => (StatusCodes.Status500InternalServerError, "The twin failed to answer"),
        };
        if (exception is ObservationInvalidException invalid)
        {
            // Validation problems carry their paths, like every other 400 of the API.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await ApiProblems.Invalid(invalid.Title, invalid.Problems).ExecuteAsync(context);
            return true;
        }
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Request {Path} failed", context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = status == 500 ? "See the silo's log." : exception.Message },
        });
    }
}
