using Microsoft.AspNetCore.Diagnostics;
using Twin.Client.Runs;
using Twin.Client.Studies;
using Twin.Model.Studies;

namespace Twin.Silo.Api;

/// <summary>Turns the twin's exceptions into problem details with the right status; never a stack trace.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellation)
    {
        var (status, title) = exception switch
        {
            StudyNotFoundException => (StatusCodes.Status404NotFound, "No such study"),
            StudyNotReadyException => (StatusCodes.Status409Conflict, "The study cannot answer that yet"),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large" : "Bad request"),
            SweepException or ScenarioInvalidException or ArgumentException => (StatusCodes.Status400BadRequest, "The request is not valid"),
            _ => (StatusCodes.Status500InternalServerError, "The twin failed to answer"),
        };
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
