using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Twin.Silo.Api;

/// <summary>
/// ASP.NET Core's rate limiter on the endpoints that cost the silo most (validation, studies,
/// results, exports, plots, observations, forks): each client address gets so many requests a
/// minute (`Twin:Api:RateLimits:HeavyPerMinute`), then 429 with a Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Heavy = "heavy";

    public sealed class Options
    {
        public const string Section = "Twin:Api:RateLimits";

        /// <summary>Requests a minute per client address on each heavy endpoint together.</summary>
        public int HeavyPerMinute { get; set; } = 120;
    }

    public static IServiceCollection AddTwinRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Options.Section).Get<Options>() ?? new Options();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: $"This address may make {settings.HeavyPerMinute} requests a minute to the heavy endpoints ({Options.Section}:HeavyPerMinute); try again in a minute.")
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(Heavy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, settings.HeavyPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
