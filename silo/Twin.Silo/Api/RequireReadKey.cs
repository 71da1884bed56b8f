namespace Twin.Silo.Api;

/// <summary>
/// Where reads are not public (`Twin:Api:ReadKey` set), every API call needs the read key or the
/// write key in `X-Api-Key`; 401 otherwise. Without the setting it lets everything through.
/// </summary>
public sealed class RequireReadKey(ApiKey key, Microsoft.Extensions.Options.IOptions<ApiOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var readKey = options.Value.ReadKey;
        if (readKey.Length == 0) return await next(context);
        var supplied = context.HttpContext.Request.Headers[ApiKey.Header].FirstOrDefault();
        if (!key.Matches(supplied) && !ApiKey.Equal(supplied, readKey.Trim()))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A read key is required",
                detail: $"This twin's reads are not public: send the read key (Twin:Api:ReadKey) or the API key in {ApiKey.Header}.");
        }
        return await next(context);
    }
}
