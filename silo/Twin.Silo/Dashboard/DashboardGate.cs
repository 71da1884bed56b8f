using System.Security.Cryptography;
using System.Text;
using Twin.Silo.Api;

namespace Twin.Silo.Dashboard;

/// <summary>
/// Keeps the Orleans Dashboard (which has no authentication of its own) behind the API key: a
/// request under `/dashboard` passes with the key in the `X-Api-Key` header, or with the cookie
/// that the key form sets. The cookie holds a token derived from the key, never the key itself.
/// </summary>
public sealed class DashboardGate(RequestDelegate next, ApiKey key)
{
    public const string Prefix = "/dashboard";
    public const string FormPath = "/dashboard-key";
    public const string Cookie = "twin-dashboard";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(Prefix) || Allowed(context.Request))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            await KeyForm.WriteAsync(context.Response, rejected: false);
            return;
        }
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "An API key is required",
            detail: $"The cluster dashboard needs the {ApiKey.Header} header, or the cookie set by {FormPath}.").ExecuteAsync(context);
    }

    private bool Allowed(HttpRequest request) =>
        key.Matches(request.Headers[ApiKey.Header].FirstOrDefault())
        || (request.Cookies.TryGetValue(Cookie, out var token) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(TokenFor(key))));

    /// <summary>What the cookie holds: a keyed hash of a fixed purpose, so the cookie cannot be turned back into the key.</summary>
    public static string TokenFor(ApiKey key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.Value), "orleans-dashboard"u8));
}
