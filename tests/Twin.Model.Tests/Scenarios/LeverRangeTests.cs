using System.Text.Json.Nodes;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Scenarios;

/// <summary>`scale` and `set` are held to the file's own ranges, on the value they leave on the day they apply.</summary>
public class LeverRangeTests
{
    private static IReadOnlyList<string> With(params string[] interventions) =>
        ScenarioText.Problems(root => root["interventions"] = new JsonArray(interventions.Select(i => JsonNode.Parse(i)).ToArray()));

    [Fact]
    public void A_scale_that_makes_a_count_negative_is_refused_with_the_path_and_the_resulting_value()
    {
        var problems = With("""{ "day": 90, "scale": "routes/rail-moscow/departuresPerWeek", "by": -1 }""");
        var problem = Assert.Single(problems, p => p.StartsWith("interventions[0].by:", StringComparison.Ordinal));
        Assert.Contains("scaling 'routes/rail-moscow/departuresPerWeek' by -1 gives -", problem);
        Assert.Contains("from day 90: must be >= 0", problem);
        Assert.Contains("(at routes[", problem);
    }

    [Theory]
    [InlineData("towns/airport/labourForceShare", 3, "must be <= 1")]
    [InlineData("sectors/ecommerce/exportPropensity", -2, "must be >= 0")]
    [InlineData("sectors/ecommerce/exportPropensity", 1000, "must be <= 1")]
    public void A_scale_out_of_the_fields_range_is_refused(string target, double by, string bound)
    {
        var problems = With($$"""{ "day": 10, "scale": "{{target}}", "by": {{by}} }""");
        Assert.Contains(problems, p => p.StartsWith("interventions[0].by:", StringComparison.Ordinal) && p.Contains(bound));
    }

    [Fact]
    public void A_scale_is_judged_on_the_value_the_earlier_levers_left()
    {
        // 0.9 alone is in range; after a set to 0.8 on an earlier day, scaling by 1.2 gives 0.96, also fine;
        // after a set to 0.9, the same scale gives 1.08, which is not.
        Assert.DoesNotContain(With(
            """{ "day": 20, "scale": "towns/airport/labourForceShare", "by": 1.2 }""",
            """{ "day": 10, "set": "towns/airport/labourForceShare", "to": 0.8 }"""), p => p.StartsWith("interventions", StringComparison.Ordinal));
        var problems = With(
            """{ "day": 20, "scale": "towns/airport/labourForceShare", "by": 1.2 }""",
            """{ "day": 10, "set": "towns/airport/labourForceShare", "to": 0.9 }""");
        Assert.Contains(problems, p => p.StartsWith("interventions[0].by:", StringComparison.Ordinal) && p.Contains("gives 1.08") && p.Contains("must be <= 1"));
    }

    [Fact]
    public void A_scale_of_a_whole_number_field_is_rounded_and_checked()
    {
        Assert.Contains(With("""{ "day": 0, "scale": "towns/airport/population", "by": -2 }"""),
            p => p.StartsWith("interventions[0].by:", StringComparison.Ordinal) && p.Contains("must be >= 0"));
        Assert.Contains(With("""{ "day": 10, "scale": "routes/rail-moscow/departuresPerWeek", "by": 1e308 }"""),
            p => p.StartsWith("interventions[0].by:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scale_in_range_is_accepted()
    {
        Assert.Empty(With("""{ "day": 90, "scale": "routes/rail-moscow/departuresPerWeek", "by": 1.5 }"""));
    }
}
