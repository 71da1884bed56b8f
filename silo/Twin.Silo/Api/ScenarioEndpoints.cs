using Twin.Client.Studies;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Silo.Api;

/// <summary>`POST /api/scenarios/validate`: the same checks as `twin validate`, every problem with its path.</summary>
public static class ScenarioEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/scenarios/validate", Validate)
            .WithName("ValidateScenario").RequireRateLimiting(RateLimits.Heavy)
            .WithSummary("Validate a scenario")
            .WithDescription("Checks a scenario (the request body) and reports every problem with its JSON path. Changes nothing, so needs no key.")
            .Accepts<object>("application/json")
            .Produces<ScenarioValidation>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> Validate(HttpRequest request, JsonBody body, TwinClient client, CancellationToken cancellation)
    {
        var (document, problem) = await body.ReadAsync(request, cancellation);
        if (problem is not null) return problem;
        using (document)
        {
            var result = await client.ValidateAsync(document!.RootElement.GetRawText());
            if (!result.IsValid) return ApiProblems.Invalid("The scenario is not valid", result.Problems);
            var scenario = result.Scenario!;
            return Results.Ok(new ScenarioValidation(true, scenario.Name, ScenarioHash.Of(scenario), scenario.Days,
                EntityCatalog.Describe(scenario).GroupBy(e => e.Section).ToDictionary(g => g.Key, g => g.Count())));
        }
    }
}

/// <summary>A valid scenario: its name, content hash, horizon and entities per section.</summary>
public sealed record ScenarioValidation(bool Valid, string Name, string Hash, int Days, IReadOnlyDictionary<string, int> Entities);
