using Twin.Grains.Hosting;

// The twin's host: an Orleans silo with ASP.NET Core beside it. Storage, clustering, the HTTP API,
// metrics and the live twin are added by configuration as those parts land.
var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo =>
{
    silo.UseLocalhostClustering();
    silo.AddTwinGrains();
});

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
