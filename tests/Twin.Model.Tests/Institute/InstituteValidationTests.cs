using System.Text.Json.Nodes;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Institute;

public sealed class InstituteValidationTests
{
    private static JsonObject Programme(JsonObject root, int index) => root["programmes"]![index]!.AsObject();

    [Fact]
    public void The_institutes_example_scenarios_are_valid()
    {
        foreach (var file in new[] { "institute-since-founding.json", "institute-doubles-classes.json", "macao-partnership-from-day-90.json" })
            Assert.True(ScenarioLoader.LoadFile(TestScenarios.PathOf(file)).IsValid, file);
    }

    [Fact]
    public void Programmes_without_the_institute_are_reported()
    {
        Assert.Contains("programmes: needs the \"institute\" section (it gathers its programmes' trainees and alumni)", ScenarioText.Problems(n => n.Remove("institute")));
    }

    [Fact]
    public void Settling_alumni_in_an_unknown_town_is_reported_with_the_known_towns()
    {
        var problems = ScenarioText.Problems(n => n["institute"]!["settlement"]![0]!["town"] = "nowhere");
        Assert.Contains("institute.settlement[0].town: no town 'nowhere' (known: airport, banqiao, cosmoplat, hub-port, sco-city)", problems);
    }

    [Fact]
    public void Bad_programme_fields_are_each_reported_with_their_path()
    {
        var problems = ScenarioText.Problems(n =>
        {
            Programme(n, 0)["stayShare"] = 0.9;
            Programme(n, 0)["foundFirmShare"] = 0.3;
            Programme(n, 1)["exportBoost"] = 0.05;
            Programme(n, 2)["minClassSize"] = 40;
            Programme(n, 3)["type"] = "summerSchool";
            Programme(n, 4)["seatsPerClass"] = 0;
        });
        Assert.Contains("programmes[3].type: expected one of \"tradeTraining\", \"foreignAidTraining\", \"phd\", \"partnerUniversity\", \"macaoUniversity\", \"bringIn\", \"goGlobal\", got \"summerSchool\"", problems);
        Assert.Contains("programmes[4].seatsPerClass: must be >= 1, got 0", problems);
        problems = ScenarioText.Problems(n =>
        {
            Programme(n, 0)["stayShare"] = 0.9;
            Programme(n, 0)["foundFirmShare"] = 0.3;
            Programme(n, 1)["exportBoost"] = 0.05;
            Programme(n, 2)["minClassSize"] = 40;
            Programme(n, 6)["stayShare"] = 0.1;
        });
        Assert.Contains("programmes[0].foundFirmShare: stayShare + foundFirmShare must be <= 1, got 1.2", problems);
        Assert.Contains("programmes[1].exportBoost: applies to goGlobal tours only (their participants are the zone's firms)", problems);
        Assert.Contains("programmes[2].minClassSize: must be <= seatsPerClass (15), got 40", problems);
        Assert.Contains("programmes[6].stayShare: must be 0 for a goGlobal tour: its participants are the zone's own firms (their outcome is exportBoost)", problems);
    }

    [Fact]
    public void A_programme_with_no_country_to_draw_from_is_reported()
    {
        var problems = ScenarioText.Problems(n => Programme(n, 4)["groupWeights"] = new JsonObject { ["scoMember"] = 0, ["scoPartner"] = 0, ["lusophone"] = 0, ["beltAndRoad"] = 0 });
        Assert.Contains("programmes[4].groupWeights: no country has a traineeWeight above 0 in a group this programme draws from, so it would get no applications", problems);
    }

    [Fact]
    public void Alumni_on_day_0_cannot_be_set_later_and_a_switch_on_must_be_a_boolean()
    {
        var problems = ScenarioText.Problems(n => n["interventions"] = new JsonArray(
            new JsonObject { ["day"] = 10, ["set"] = "countries/kazakhstan/alumni", ["to"] = 5000 },
            new JsonObject { ["day"] = 90, ["set"] = "programmes/macao-universities/enabled", ["to"] = "yes" }));
        Assert.Contains("interventions[0].set: 'countries/kazakhstan/alumni' is an initial condition (the state of day 0); set it on day 0 or change the scenario instead", problems);
        Assert.Contains(problems, p => p.StartsWith("interventions[1].to: expected true or false, got the string \"yes\"", StringComparison.Ordinal));
    }
}
