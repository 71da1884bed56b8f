using Twin.Client.Optimisation;
using Twin.Client.Studies;
using Twin.Grains.Tests.Support;
using Twin.Model.Optimisation;
using Twin.Testing;

namespace Twin.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class OptimiseTests(ClusterFixture cluster)
{
    /// <summary>A small question on the baseline: the fewest weekly trains to Seliatino that keep its backlog under 7 days of capacity.</summary>
    private static string Spec(int evaluations, string extra = "") => $$"""
        {
          "scenario": "baseline.json",
          "levers": [ { "path": "routes/rail-moscow/departuresPerWeek", "min": 1, "max": 5, "integer": true } ],
          "objective": { "goal": "min", "levers": "sum" },
          "constraints": [ { "entity": "rail-moscow", "kpi": "backlog_teu", "inDaysOf": "capacity_offered_units", "max": 7, "confidence": 0.95 } ],
          "budget": { "evaluations": {{evaluations}} },
          "replications": 3,
          "days": 40,
          "from": 10{{extra}}
        }
        """;

    private static OptimisationPlan Plan(string json) => OptimisationPlan.Parse(json, "test.json", Repository.Path("scenarios"));

    [Fact]
    public async Task An_optimisation_finds_a_feasible_best_within_its_budget_and_a_second_one_comes_from_the_cache()
    {
        var client = new TwinClient(cluster.Grains);
        var plan = Plan(Spec(evaluations: 5));
        var result = await client.OptimiseAsync(plan);

        Assert.InRange(result.Evaluations, 2, 5);
        Assert.Equal(result.Evaluations * 3, result.Runs);
        Assert.NotNull(result.Best);
        Assert.True(result.Best!.Feasible);
        Assert.All(result.Best.Constraints, c => Assert.True(c.Bound <= 7, $"one-sided bound {c.Bound}"));
        // No feasible candidate uses fewer trains than the winner: the levers' sum is known without noise.
        Assert.DoesNotContain(result.Candidates, c => c.Feasible && c.Objective.Mean < result.Best.Objective.Mean);
        Assert.All(result.Candidates, c => Assert.Equal(Math.Round(c.Levers.Values.Single()), c.Levers.Values.Single()));

        var again = await client.OptimiseAsync(plan);
        Assert.Equal(again.Runs, again.RunsFromCache);
        Assert.Equal(result.Best.Levers, again.Best!.Levers);

        using var csv = new StringWriter();
        OptimisationFiles.WriteCsv(result, csv);
        Assert.Equal(result.Evaluations + 1, csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        using var folder = new TempFolder("twin-optimise-");
        var png = OptimisationFiles.WriteConvergencePng(result, Path.Combine(folder.Path, "convergence.png"));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(png)[..4]);
    }

    [Fact]
    public void A_bad_optimisation_file_names_every_field_that_is_wrong()
    {
        var bad = """
            {
              "scenario": "baseline.json",
              "levers": [ { "path": "routes/rail-nowhere/departuresPerWeek", "min": 3, "max": 1 } ],
              "objective": { "goal": "min", "entity": "rail-moscow", "kpi": "no_such_kpi" },
              "constraints": [ { "entity": "rail-moscow", "kpi": "backlog_teu", "inDaysOf": "backlog_units" } ],
              "replications": 1
            }
            """;
        var e = Assert.Throws<SpecInvalidException>(() => Plan(bad));
        Assert.Contains(e.Problems, p => p.Path == "replications");
        bad = bad.Replace("\"replications\": 1", "\"replications\": 3");
        e = Assert.Throws<SpecInvalidException>(() => Plan(bad));
        Assert.Contains(e.Problems, p => p.Path == "levers[0]" && p.Message.Contains("min must be below max"));
        Assert.Contains(e.Problems, p => p.Path == "objective.kpi");
        Assert.Contains(e.Problems, p => p.Path == "constraints[0]" && p.Message.Contains("max"));
        Assert.Contains(e.Problems, p => p.Path == "constraints[0].inDaysOf");
    }
}
