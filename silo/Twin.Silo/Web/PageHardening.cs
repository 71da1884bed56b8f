using Twin.Silo.Dashboard;

namespace Twin.Silo.Web;

/// <summary>
/// What a browser needs told: the page and the key form may not be framed (clickjacking of the
/// fork form), run only the silo's own scripts, and are never sniffed into another type. And the
/// page and `/metrics` are read-only: anything but GET or HEAD is 405, where the static files and
/// the Prometheus exporter would otherwise answer any method with 200.
/// </summary>
public sealed class PageHardening(RequestDelegate next)
{
    // The page draws with inline style attributes (legend swatches), so styles may be inline; scripts may not.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // The API reference and the Orleans Dashboard are third-party pages with their own inline scripts.
        if (!path.StartsWithSegments("/api/docs") && !path.StartsWithSegments(DashboardGate.Prefix))
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (IsReadOnly(path) && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }
        return next(context);
    }

    /// <summary>The page's files and `/metrics`: everything but the API, its document, the dashboard and its key form.</summary>
    private static bool IsReadOnly(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/openapi") && !path.StartsWithSegments(DashboardGate.Prefix)
        && !path.StartsWithSegments(DashboardGate.FormPath);
}
