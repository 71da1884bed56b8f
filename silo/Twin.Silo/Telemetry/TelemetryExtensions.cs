using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Twin.Grains.Telemetry;

namespace Twin.Silo.Telemetry;

/// <summary>
/// Metrics for the silo, in one place (as eShop's service defaults do it): the twin's own meter
/// (kernel counters from the grains, and the live twin's KPIs read from a snapshot) and Orleans'
/// meter, served in Prometheus' text format at `/metrics`.
/// </summary>
public static class TelemetryExtensions
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddTwinTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section);
        builder.Services.AddSingleton<LiveSnapshotService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveSnapshotService>());
        builder.Services.AddSingleton<LiveMetrics>();
        builder.Services.AddSingleton<OrleansBaseUnits>();
        builder.Services.AddSingleton<OrleansTagNames>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("twin-silo"))
            .WithMetrics(metrics => metrics
                .AddMeter(TwinMeter.Name)
                .AddMeter(OrleansBaseUnits.OrleansMeter, OrleansBaseUnits.MeterName, OrleansBaseUnits.MeterName + ".Messaging")
                .AddView(OrleansBaseUnits.View)
                .AddPrometheusExporter(o => o.DisableTotalNameSuffixForCounters = false));
        return builder;
    }

    public static WebApplication MapTwinTelemetry(this WebApplication app)
    {
        // Create the instruments now, so the first scrape already knows every family.
        KernelMetrics.EnsureCreated();
        app.Services.GetRequiredService<LiveMetrics>();
        app.Services.GetRequiredService<OrleansBaseUnits>();
        app.Services.GetRequiredService<OrleansTagNames>();
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
