using Twin.Client.Live;
using Twin.Silo.Telemetry;

namespace Twin.Silo.Zone;

/// <summary>`GET /api/zone`: the live twin's entities and how they connect, for the page's map and forms.</summary>
public static class ZoneEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/zone", Get).WithName("GetZone").WithSummary("The live twin's entities and their links")
            .WithDescription("Every entity of the live scenario: its kind, section, name and the fields that place it (a route's from, to, mode and border; a hub's town; a warehouse's location). Values come from GET /api/live.")
            .Produces<ZoneMap>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static IResult Get(LiveSnapshotService snapshots)
    {
        var map = snapshots.Current.Map;
        if (map.Entities.Count == 0)
            throw new LiveTwinNotRunningException("The live twin is not running yet (or this silo has not seen it yet); try again in a few seconds.");
        return Results.Ok(map);
    }
}
