using Twin.Grains.Hosting;
using Twin.Silo.Api;
using Twin.Silo.Dashboard;
using Twin.Silo.Health;
using Twin.Silo.Studies;
using Twin.Silo.Telemetry;
using Twin.Silo.Web;
using Twin.Storage.Configuration;
using Twin.Storage.Hosting;
using Twin.Storage.Schema;

// The twin's host: an Orleans silo with ASP.NET Core beside it. Cluster membership, ports and grain
// storage come from configuration (appsettings.json, environment variables such as
// Twin__Storage__Provider=postgres; see docs/deployment.md). The HTTP API is under /api.
// appsettings.json is read from the silo's own folder, wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
StorageSettings storage;
ClusterSettings cluster;
Twin.Storage.Configuration.ClusterCertificates? tls;
try
{
    storage = StorageSettings.Read(builder.Configuration);
    cluster = ClusterSettings.Read(builder.Configuration);
    tls = Twin.Silo.Cluster.ClusterTls.Read(builder.Configuration, cluster);
}
catch (TwinConfigurationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
builder.UseOrleans(silo =>
{
    silo.UseTwinCluster(cluster);
    if (tls is not null) silo.UseTls(tls.Certificate, tls.Apply);
    silo.AddTwinStorage(storage);
    silo.AddTwinGrains();
    silo.AddTwinDashboard();
});
builder.AddTwinApi();
builder.AddTwinTelemetry();
builder.Services.AddSingleton<DatabaseHealth>();
builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseHealth>());
builder.Services.AddHostedService<StudyKeeper>();

var app = builder.Build();
app.MapTwinHealth();
app.UseTwinOutageGate();
app.MapTwinApi();
app.MapTwinTelemetry();
app.MapTwinWeb();
app.MapTwinDashboard();
try
{
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (DatabaseSetupException.FindIn(e) is { } setup)
{
    Console.Error.WriteLine($"error: {setup.Message}");
    return 1;
}

/// <summary>The entry point, visible to the HTTP tests' host factory.</summary>
public partial class Program;
