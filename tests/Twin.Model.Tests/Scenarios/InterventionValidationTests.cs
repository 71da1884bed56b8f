using System.Text.Json.Nodes;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Scenarios;

public class InterventionValidationTests
{
    private static IReadOnlyList<string> WithIntervention(string json) =>
        ScenarioValidationTests.Messages(ScenarioText.Load(root => root["interventions"] = new JsonArray(JsonNode.Parse(json))));

    [Fact]
    public void A_path_that_does_not_exist_names_the_segment()
    {
        Assert.Contains("interventions[0].set: 'towns/airport' has no parameter 'labourShare'",
            WithIntervention("""{ "day": 10, "set": "towns/airport/labourShare", "to": 0.6 }"""));
    }

    [Fact]
    public void An_unknown_entity_in_a_path_is_reported()
    {
        Assert.Contains("interventions[0].set: 'towns' has no item with id 'lisbon'",
            WithIntervention("""{ "day": 10, "set": "towns/lisbon/labourForceShare", "to": 0.6 }"""));
    }

    [Fact]
    public void An_unknown_section_is_reported()
    {
        Assert.Contains("interventions[0].set: 'harbours' is not a section of a scenario",
            WithIntervention("""{ "day": 10, "set": "harbours/x/y", "to": 1 }"""));
    }

    [Fact]
    public void A_set_value_gets_the_same_range_check_as_the_file()
    {
        Assert.Contains("interventions[0].to: must be <= 1, got 1.7 (at towns[1].labourForceShare)",
            WithIntervention("""{ "day": 10, "set": "towns/airport/labourForceShare", "to": 1.7 }"""));
    }

    [Fact]
    public void A_set_value_of_the_wrong_type_is_reported()
    {
        Assert.Contains("interventions[0].to: expected a number, got the string \"high\" (at sectors.ecommerce.exportPropensity)",
            WithIntervention("""{ "day": 10, "set": "sectors/ecommerce/exportPropensity", "to": "high" }"""));
    }

    [Fact]
    public void Close_needs_an_entity_and_days()
    {
        var messages = WithIntervention("""{ "day": 10, "close": "towns/airport/population" }""");
        Assert.Contains("interventions[0].days: is required with \"close\"", messages);
        Assert.Contains(messages, m => m.StartsWith("interventions[0].close: 'towns/airport/population' is not an entity", StringComparison.Ordinal));
    }

    [Fact]
    public void Exactly_one_lever_is_allowed()
    {
        Assert.Contains("interventions[0]: may have only one of \"set\", \"scale\" or \"close\"",
            WithIntervention("""{ "day": 10, "set": "towns/airport/labourForceShare", "to": 0.5, "close": "towns/airport", "days": 3 }"""));
        Assert.Contains("interventions[0]: needs one of \"set\", \"scale\" or \"close\"", WithIntervention("""{ "day": 10 }"""));
    }

    [Fact]
    public void An_initial_condition_cannot_be_set_after_day_zero()
    {
        Assert.Contains(WithIntervention("""{ "day": 30, "set": "towns/airport/population", "to": 50000 }"""),
            m => m.StartsWith("interventions[0].set: 'towns/airport/population' is an initial condition", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_past_the_horizon_is_reported()
    {
        Assert.Contains("interventions[0].day: must be before the end of the run (days = 365), got 400",
            WithIntervention("""{ "day": 400, "close": "towns/airport", "days": 3 }"""));
    }

    [Fact]
    public void Scale_of_a_text_field_is_reported()
    {
        Assert.Contains("interventions[0].scale: 'towns/airport/name' is not a number, so it cannot be scaled",
            WithIntervention("""{ "day": 5, "scale": "towns/airport/name", "by": 2 }"""));
    }
}
