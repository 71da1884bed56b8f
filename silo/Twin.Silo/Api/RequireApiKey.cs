namespace Twin.Silo.Api;

/// <summary>An endpoint filter for writes: without the right `X-Api-Key`, 401 and nothing happens.</summary>
public sealed class RequireApiKey(ApiKey key) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var supplied = context.HttpContext.Request.Headers[ApiKey.Header].FirstOrDefault();
        if (!key.Matches(supplied))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "An API key is required",
                detail: supplied is null
                    ? $"Writes need the header {ApiKey.Header}; the key is set by Twin:Api:Key or kept in the silo's data folder (api-key)."
                    : $"The {ApiKey.Header} header does not hold the twin's key.");
        }
        return await next(context);
    }
}

/// <summary>Marks an endpoint as a write: the key filter guards it and the OpenAPI document lists the key on it.</summary>
public static class WriteEndpoints
{
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<RequireApiKey>().WithMetadata(new WriteEndpoint());
}
