using Twin.Silo.Api;

namespace Twin.Silo.Dashboard;

/// <summary>The small page that asks for the API key before the cluster dashboard, and takes it.</summary>
public static class KeyForm
{
    public static Task WriteAsync(HttpResponse response, bool rejected)
    {
        response.ContentType = "text/html; charset=utf-8";
        // The form is served under /dashboard, which the page's policy leaves to the dashboard: it takes the page's own.
        response.Headers.ContentSecurityPolicy = Twin.Silo.Web.PageHardening.ContentSecurityPolicy;
        var note = rejected ? "<p class=\"no\">That is not the twin's key.</p>" : "";
        return response.WriteAsync($$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Cluster dashboard · SCO Zone Twin</title>
            <style>body{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;color:#1d2733}
            input,button{font:inherit;padding:6px 8px}button{background:#12314f;color:#fff;border:0;padding:7px 16px}.no{color:#c0392b}</style></head>
            <body><h1>Cluster dashboard</h1>
            <p>The Orleans Dashboard shows the cluster's silos and grains. It is kept behind the twin's API key
            (<code>{{ApiKey.Header}}</code>; set by <code>Twin:Api:Key</code> or kept in the data folder's <code>api-key</code> file).</p>
            {{note}}
            <form method="post" action="{{DashboardGate.FormPath}}"><input type="password" name="key" placeholder="API key" autofocus required>
            <button type="submit">Open</button></form>
            <p><a href="/">Back to the live zone</a></p></body></html>
            """);
    }

    /// <summary>`POST /dashboard-key`: a right key sets the dashboard cookie and goes to the dashboard.</summary>
    public static async Task<IResult> Submit(HttpContext context, ApiKey key)
    {
        // Only the form's own encoding: anything else (JSON, bytes, no type) is 415, never a failed read.
        if (!context.Request.HasFormContentType)
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The key form takes a form",
                detail: "Send the key as application/x-www-form-urlencoded (the form at /dashboard/ does).");
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync();
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form could not be read", detail: "Send one field, key, form-encoded.");
        }
        if (!key.Matches(form["key"].FirstOrDefault()?.Trim()))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await WriteAsync(context.Response, rejected: true);
            return Results.Empty;
        }
        context.Response.Cookies.Append(DashboardGate.Cookie, DashboardGate.TokenFor(key), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = DashboardGate.Prefix,
        });
        return Results.Redirect(DashboardGate.Prefix + "/", permanent: false);
    }
}
