using Microsoft.Extensions.FileProviders;
using Twin.Silo.Zone;

namespace Twin.Silo.Web;

/// <summary>
/// The operator's page at `/`: plain HTML, CSS, JavaScript and SVG from the silo's own `wwwroot`
/// (copied beside the silo's assembly, so it is found wherever the silo is started from), no CDN
/// and no build step. It reads the HTTP API like any other client.
/// </summary>
public static class WebExtensions
{
    public static WebApplication MapTwinWeb(this WebApplication app)
    {
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseMiddleware<PageHardening>();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The page is small and changes with the silo: always ask again rather than run stale scripts.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        ZoneEndpoints.Map(app.MapGroup("/api").WithTags("twin").AddEndpointFilter<Twin.Silo.Api.RequireReadKey>());
        return app;
    }
}
