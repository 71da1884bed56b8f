using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Client.Optimisation;
using Twin.Client.Studies;
using Twin.Model.Optimisation;
using Twin.Model.Scenarios;

namespace Twin.Silo.Api;

/// <summary>Optimisation over HTTP: the same file as `twin optimise`, its scenario given inline or as "baseline".</summary>
public static class OptimiseEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/optimise", Optimise)
            .WithName("Optimise").RequireRateLimiting(RateLimits.Heavy)
            .WithSummary("Search levers for the best objective under constraints (needs the API key)")
            .WithDescription("Body: an optimisation as in docs/statistics.md, with \"scenario\" a scenario object or the string \"baseline\". " +
                "Runs the search to its budget (set budget.seconds to bound the wait) and answers with the best levers, their KPI intervals, " +
                "every evaluated candidate and the final ranking. Candidates run as studies on the cluster and reuse the result cache.")
            .Accepts<JsonElement>("application/json")
            .Produces<OptimisationResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireApiKey();
    }

    private static async Task<IResult> Optimise(HttpRequest request, JsonBody body, TwinClient client, CancellationToken cancellation)
    {
        var (document, problem) = await body.ReadAsync(request, cancellation);
        if (problem is not null) return problem;
        using (document)
        {
            var root = document!.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("scenario", out var scenarioElement))
                return ApiProblems.Invalid("The optimisation is not valid", [new ValidationProblem("scenario", "required: a scenario object, or the string \"baseline\"")]);
            var problems = new ValidationProblems();
            var scenario = StudyBodyPlanner.LoadScenario(scenarioElement, "scenario", problems);
            if (scenario is null) return ApiProblems.Invalid("The optimisation is not valid", problems.Items);
            // The rest is checked exactly like a file's, with the scenario already in hand.
            var node = JsonNode.Parse(root.GetRawText())!.AsObject();
            node["scenario"] = "inline";
            try
            {
                var plan = OptimisationPlan.Parse(JsonSerializer.SerializeToElement(node), scenario, "the request");
                return Results.Ok(await client.OptimiseAsync(plan, cancellation: cancellation));
            }
            catch (SpecInvalidException invalid)
            {
                return ApiProblems.Invalid("The optimisation is not valid", invalid.Problems);
            }
        }
    }
}
