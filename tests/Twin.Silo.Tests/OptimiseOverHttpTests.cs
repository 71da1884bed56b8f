using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Twin.Silo.Tests;

[Collection(SiloCollection.Name)]
public sealed class OptimiseOverHttpTests(SiloFactory silo)
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_optimisation_over_http_answers_with_the_best_levers_and_names_bad_fields()
    {
        var refused = await silo.Writer().PostAsync("/api/optimise", Json("""
            { "scenario": "baseline", "levers": [ { "path": "routes/rail-moscow/departuresPerWeek", "min": 4, "max": 2 } ],
              "objective": { "goal": "sideways", "levers": "sum" } }
            """));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("The optimisation is not valid", problem);
        Assert.Contains("objective.goal", problem);

        var answer = await silo.Writer().PostAsync("/api/optimise", Json("""
            { "scenario": "baseline", "levers": [ { "path": "routes/rail-moscow/departuresPerWeek", "min": 2, "max": 6, "integer": true } ],
              "objective": { "goal": "max", "entity": "rail-moscow", "kpi": "teu_departed" },
              "budget": { "evaluations": 3 }, "replications": 2, "days": 15 }
            """));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var result = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, result.GetProperty("candidates").GetArrayLength());
        Assert.True(result.GetProperty("best").GetProperty("feasible").GetBoolean());
    }

    [Fact]
    public async Task A_calibration_over_http_names_a_bad_line_of_its_actuals()
    {
        var refused = await silo.Writer().PostAsync("/api/calibrate", Json("""
            { "scenario": "baseline", "actuals": "day,entity,kpi,value\n3,airport,output_cny,lots\n",
              "parameters": [ { "path": "towns/airport/productivityFactor", "min": 0.5, "max": 1.5 } ] }
            """));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("The calibration is not valid", problem);
        Assert.Contains("actuals line 2: value", problem);
    }
}
