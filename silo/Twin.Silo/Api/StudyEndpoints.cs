using Twin.Client.Studies;
using Twin.Contracts.Studies;

namespace Twin.Silo.Api;

/// <summary>Starting, listing, inspecting and cancelling studies.</summary>
public static class StudyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/studies", Start)
            .WithName("StartStudy").RequireRateLimiting(RateLimits.Heavy)
            .WithSummary("Start a study")
            .WithDescription("Starts replications of a scenario, a comparison of what-ifs with a baseline (same seeds), or a sweep. Needs the API key.")
            .Accepts<StudyBody>("application/json")
            .Produces<StudyStatus>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireApiKey();
        api.MapGet("/studies", List).WithName("ListStudies").WithSummary("List studies, newest first, a page at a time")
            .WithDescription($"At most `limit` studies (default {Paging.DefaultLimit}, at most {Paging.MaxLimit}) after the `offset` newest. The header X-Total-Count gives how many there are, and Link the next page.")
            .Produces<IReadOnlyList<StudyStatus>>().ProducesValidationProblem();
        api.MapGet("/studies/{id}", Get).WithName("GetStudy").WithSummary("A study's status and progress")
            .Produces<StudyStatus>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/studies/{id}/cancel", Cancel).WithName("CancelStudy").WithSummary("Cancel a study (needs the API key)")
            .Produces<StudyStatus>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireApiKey();
    }

    private static async Task<IResult> Start(HttpRequest request, JsonBody body, TwinClient client, CancellationToken cancellation)
    {
        var (document, problem) = await body.ReadAsync(request, cancellation);
        if (problem is not null) return problem;
        using (document)
        {
            var (plan, problems) = StudyBodyPlanner.Plan(document!.RootElement);
            if (plan is null) return ApiProblems.Invalid("The study is not valid", problems);
            var status = await client.StartStudyAsync(plan, cancellation);
            return Results.Accepted($"/api/studies/{status.StudyId}", status);
        }
    }

    private static async Task<IResult> List(HttpContext context, TwinClient client, int? offset, int? limit)
    {
        if (Paging.Problem(offset, limit) is { } problem) return problem;
        var (studies, total) = await client.ListStudiesAsync(offset ?? 0, limit ?? Paging.DefaultLimit);
        Paging.Describe(context.Response, "/api/studies", offset ?? 0, limit ?? Paging.DefaultLimit, total);
        return Results.Ok(studies);
    }

    private static async Task<IResult> Get(string id, TwinClient client) => Results.Ok(await client.GetStatusAsync(id));

    private static async Task<IResult> Cancel(string id, TwinClient client) => Results.Ok(await client.CancelAsync(id));
}
