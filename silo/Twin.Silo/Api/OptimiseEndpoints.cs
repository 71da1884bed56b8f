using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Client.Optimisation;
using Twin.Client.Studies;
using Twin.Model.Optimisation;
using Twin.Model.Scenarios;

namespace Twin.Silo.Api;

/// <summary>Optimisation and calibration over HTTP: the same files as `twin optimise` and `twin calibrate`, the scenario given inline or as "baseline".</summary>
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
        api.MapPost("/calibrate", Calibrate)
            .WithName("Calibrate").RequireRateLimiting(RateLimits.Heavy)
            .WithSummary("Fit parameters to observed series (needs the API key)")
            .WithDescription("Body: a calibration as in docs/statistics.md, with \"scenario\" a scenario object or the string \"baseline\", " +
                "and \"actuals\" the CSV text itself (header day,entity,kpi,value). Answers with each fitted value, its standard error and interval, and the fit beside the observations.")
            .Accepts<JsonElement>("application/json")
            .Produces<Twin.Client.Calibration.CalibrationResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireApiKey();
    }

    private static async Task<IResult> Calibrate(HttpRequest request, JsonBody body, TwinClient client, CancellationToken cancellation)
    {
        const string Title = "The calibration is not valid";
        var (document, problem) = await body.ReadAsync(request, cancellation);
        if (problem is not null) return problem;
        using (document)
        {
            var (node, scenario, problems) = Split(document!.RootElement);
            if (node is null || scenario is null) return ApiProblems.Invalid(Title, problems);
            if (node["actuals"] is not JsonValue csv || !csv.TryGetValue<string>(out var actuals))
                return ApiProblems.Invalid(Title, [new ValidationProblem("actuals", "required: the CSV text, header day,entity,kpi,value")]);
            node["actuals"] = "inline";
            try
            {
                var plan = Twin.Client.Calibration.CalibrationPlan.Parse(JsonSerializer.SerializeToElement(node), scenario, actuals, "the request");
                return Results.Ok(await client.CalibrateAsync(plan, cancellation: cancellation));
            }
            catch (SpecInvalidException invalid)
            {
                return ApiProblems.Invalid(Title, invalid.Problems);
            }
        }
    }

    /// <summary>The body without its scenario (checked apart: an object, or "baseline"), and the scenario.</summary>
    private static (JsonObject? Body, Twin.Client.Runs.ScenarioDocument? Scenario, IReadOnlyList<ValidationProblem> Problems) Split(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("scenario", out var element))
            return (null, null, [new ValidationProblem("scenario", "required: a scenario object, or the string \"baseline\"")]);
        var problems = new ValidationProblems();
        var scenario = StudyBodyPlanner.LoadScenario(element, "scenario", problems);
        var rest = JsonNode.Parse(root.GetRawText())!.AsObject();
        rest["scenario"] = "inline";
        return (rest, scenario, problems.Items);
    }

    private static async Task<IResult> Optimise(HttpRequest request, JsonBody body, TwinClient client, CancellationToken cancellation)
    {
        var (document, problem) = await body.ReadAsync(request, cancellation);
        if (problem is not null) return problem;
        using (document)
        {
            // The rest is checked exactly like a file's, with the scenario already in hand.
            var (node, scenario, problems) = Split(document!.RootElement);
            if (node is null || scenario is null) return ApiProblems.Invalid("The optimisation is not valid", problems);
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
