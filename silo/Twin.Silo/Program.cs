using Twin.Grains.Hosting;
using Twin.Silo.Api;

// The twin's host: an Orleans silo with ASP.NET Core beside it (the HTTP API under /api).
var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo =>
{
    silo.UseLocalhostClustering();
    silo.AddTwinGrains();
});
builder.AddTwinApi();

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
app.MapTwinApi();
app.Run();

/// <summary>The entry point, visible to the HTTP tests' host factory.</summary>
public partial class Program;
