using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Twin.Client.Studies;

namespace Twin.Silo.Api;

/// <summary>Wires the HTTP API under `/api`, its OpenAPI document at `/openapi/v1.json` and a reference page at `/api/docs`.</summary>
public static class ApiExtensions
{
    public static WebApplicationBuilder AddTwinApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        builder.Services.AddSingleton<ApiKey>();
        builder.Services.AddSingleton<JsonBody>();
        builder.Services.AddSingleton(sp => new TwinClient(sp.GetRequiredService<IGrainFactory>())
        {
            ObservationLimits = builder.Configuration.GetSection(Twin.Client.Live.ObservationLimits.Section).Get<Twin.Client.Live.ObservationLimits>() ?? new(),
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi(o => OpenApiRules.Configure(o, builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new()));
        builder.Services.AddTwinRateLimits(builder.Configuration);
        builder.Services.AddOptions<Twin.Silo.Live.LiveTwinOptions>().BindConfiguration(Twin.Silo.Live.LiveTwinOptions.Section);
        builder.Services.AddHostedService<Twin.Silo.Live.LiveTwinService>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // A value that has none (no trade that day) is null, which every JSON reader takes; the document types it number-or-null.
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new Twin.Client.Output.NonFiniteAsNull());
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        // Kestrel takes the body limit from the bound options, so the setting has one reading and one default.
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<ApiOptions>>((kestrel, api) => kestrel.Limits.MaxRequestBodySize = api.Value.MaxRequestBytes);
        return builder;
    }

    public static WebApplication MapTwinApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "SCO Zone Twin API v1");
            o.DocumentTitle = "SCO Zone Twin API";
        });
        app.UseRateLimiter();
        var api = app.MapGroup("/api").WithTags("twin").AddEndpointFilter<RequireReadKey>();
        ScenarioEndpoints.Map(api);
        KpiEndpoints.Map(api);
        StudyEndpoints.Map(api);
        OptimiseEndpoints.Map(api);
        ResultEndpoints.Map(api);
        Twin.Silo.Live.LiveEndpoints.Map(api);
        // Resolve the key at start, so its location is logged before the first request.
        app.Services.GetRequiredService<ApiKey>();
        return app;
    }
}
