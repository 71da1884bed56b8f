using Orleans.Dashboard;

namespace Twin.Silo.Dashboard;

/// <summary>The Orleans Dashboard (cluster health: silos, grains, calls) at `/dashboard`, behind the API key.</summary>
public static class DashboardExtensions
{
    public static ISiloBuilder AddTwinDashboard(this ISiloBuilder silo) => silo.AddDashboard();

    public static WebApplication MapTwinDashboard(this WebApplication app)
    {
        app.UseMiddleware<DashboardGate>();
        app.MapPost(DashboardGate.FormPath, KeyForm.Submit).DisableAntiforgery().ExcludeFromDescription();
        app.MapOrleansDashboard(routePrefix: DashboardGate.Prefix);
        return app;
    }
}
