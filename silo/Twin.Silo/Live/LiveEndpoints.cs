using System.Text.Json;
using Twin.Client.Live;
using Twin.Client.Studies;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Silo.Api;

namespace Twin.Silo.Live;

/// <summary>The live twin over HTTP: its latest values, observations from the real zone, and forks.</summary>
public static class LiveEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/live", Get).WithName("GetLive").WithSummary("The live twin's clock and latest KPIs")
            .WithDescription($"Day, date, pace, and the last `days` days (default 1, at most {MaxRecentDays}) of every entity's KPIs.")
            .Produces<LiveView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/live/series", Series).WithName("GetLiveSeries").WithSummary("One KPI of one entity of the live twin, day by day")
            .Produces<double[]>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/live/observations", Observe).WithName("PostObservations").RequireRateLimiting(RateLimits.Heavy).WithSummary("Observed events of the real zone (a batch; needs the API key)")
            .WithDescription("Departures, arrivals, trades, quotes and class enrolments. Each replaces the simulated value of its day and nudges the model at the next tick. The batch is all or nothing.")
            .Accepts<ObservationSpec[]>("application/json")
            .Produces<ObservationReceipt>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireApiKey();
        api.MapGet("/live/observations", List).WithName("ListObservations").WithSummary("The observations the live twin holds, newest first, a page at a time")
            .WithDescription($"Each with its id (to retract it), the tick that took it, its day and the event as sent. At most `limit` (default {Paging.DefaultLimit}, at most {Paging.MaxLimit}) after the `offset` newest; X-Total-Count gives how many there are.")
            .Produces<ObservationEventInfo[]>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapDelete("/live/observations/{id}", Retract).WithName("RetractObservation").RequireRateLimiting(RateLimits.Heavy)
            .WithSummary("Retract an observation (needs the API key)")
            .WithDescription("The live twin goes back to its last restore point before the observation came and steps forward again without it, at full speed, to where it was.")
            .Produces<RetractionReceipt>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireApiKey();
        api.MapPost("/live/fork", Fork).WithName("ForkLive").RequireRateLimiting(RateLimits.Heavy).WithSummary("Branch a what-if off the live twin now (needs the API key)")
            .WithDescription("Body: { \"interventions\": [ ... ], \"days\": 90, \"title\": \"\", \"replications\": 1 }. An intervention without a day acts the day after the fork. Starts a comparison of the live projection and the what-if from the current tick; with replications N, N pairs on streams keyed by (fork, k), so the differences have intervals.")
            .Accepts<ForkBody>("application/json")
            .Produces<StudyStatus>(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireApiKey();
    }

    /// <summary>The most days `GET /api/live` gives at once: every entity's KPIs, so the answer grows with it (a year was 28 MB).</summary>
    public const int MaxRecentDays = 31;

    private static async Task<IResult> Get(TwinClient client, int? days) =>
        days is < 1 or > MaxRecentDays
            ? ApiProblems.Invalid("days", $"must be between 1 and {MaxRecentDays}, got {days}; GET /api/live/series gives one KPI over any days")
            : Results.Ok(await client.GetLiveAsync(days ?? 1));

    private static async Task<IResult> Series(TwinClient client, string? entity, string? kpi, int? from, int? to)
    {
        if (string.IsNullOrWhiteSpace(entity)) return ApiProblems.Invalid("entity", "is required");
        if (string.IsNullOrWhiteSpace(kpi)) return ApiProblems.Invalid("kpi", "is required");
        return Results.Ok(await client.GetLiveSeriesAsync(entity, kpi, from ?? 0, to ?? int.MaxValue));
    }

    private static async Task<IResult> Observe(HttpRequest request, JsonBody body, TwinClient client, CancellationToken cancellation)
    {
        var (document, problem) = await body.ReadAsync(request, cancellation);
        if (problem is not null) return problem;
        using (document)
        {
            var root = document!.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToArray() : [root];
            return Results.Ok(await client.ObserveAsync(items));
        }
    }

    private static async Task<IResult> List(HttpContext context, TwinClient client, int? offset, int? limit)
    {
        if (Paging.Problem(offset, limit) is { } problem) return problem;
        var all = await client.ListObservationsAsync();
        int skip = offset ?? 0, take = limit ?? Paging.DefaultLimit;
        Paging.Describe(context.Response, "/api/live/observations", skip, take, all.Length);
        return Results.Ok(all.Reverse().Skip(skip).Take(take).ToArray());
    }

    private static async Task<IResult> Retract(string id, TwinClient client)
    {
        try
        {
            return Results.Ok(await client.RetractAsync(id));
        }
        catch (KeyNotFoundException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such observation", detail: e.Message);
        }
    }

    private static async Task<IResult> Fork(HttpRequest request, JsonBody body, TwinClient client, CancellationToken cancellation)
    {
        var (document, problem) = await body.ReadAsync(request, cancellation);
        if (problem is not null) return problem;
        using (document)
        {
            var problems = new Twin.Model.Scenarios.ValidationProblems();
            if (Twin.Model.Scenarios.ScenarioJson.ReadChecked<ForkBody>(document!.RootElement, "", problems) is not { } fork)
                return ApiProblems.Invalid("The fork is not valid", problems.Items);
            var status = await client.ForkAsync(new ForkRequest(fork.Interventions, fork.Days ?? 90, fork.Title, fork.Replications ?? 1), cancellation);
            return Results.Accepted($"/api/studies/{status.StudyId}", status);
        }
    }
}

/// <summary>A fork as the HTTP API takes it.</summary>
public sealed class ForkBody
{
    public required IReadOnlyList<JsonElement> Interventions { get; init; }

    [Twin.Model.Scenarios.Min(1), Twin.Model.Scenarios.Max(36500)] public int? Days { get; init; }

    [Twin.Model.Scenarios.MaxLength(200)] public string Title { get; init; } = "";

    /// <summary>Forks from the same live state, each pair on its own streams after the fork (default 1).</summary>
    [Twin.Model.Scenarios.Min(1), Twin.Model.Scenarios.Max(1000)] public int? Replications { get; init; }
}
