using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Logistics;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Institute;

/// <summary>The institute's scenarios for tests: the calibration history, and the baseline's institute on its own.</summary>
public static class InstituteScenarios
{
    public static Scenario History() => TestScenarios.Load("institute-since-founding.json");

    /// <summary>
    /// A scenario file's institute and programmes without the towns, the logistics network and the
    /// trading platform (alumni who stay then settle nowhere): only the entities the trainee flows
    /// need, so tests stay fast.
    /// </summary>
    public static Scenario InstituteOnly(string file, int days, params InterventionSpec[] interventions)
    {
        var node = ScenarioPatcher.ToNode(TestScenarios.Load(file));
        foreach (var section in new[] { "towns", "hubs", "warehouses", "routes", "destinations", "borders", "markets", "participants" })
            node[section] = new JsonArray();
        foreach (var section in new[] { "logistics", "clearing", "fx", "expo", "ecommerceBase" })
            node.Remove(section);
        foreach (var country in node["countries"]!.AsArray()) country!.AsObject().Remove("gateway");
        node["institute"]!["settlement"] = new JsonArray();
        node["days"] = days;
        if (interventions.Length > 0)
            node["interventions"] = JsonSerializer.SerializeToNode(interventions, ScenarioJson.Options);
        return LogisticsScenarios.Load(node.ToJsonString());
    }

    public static InterventionSpec Set(int day, string path, object value) =>
        new() { Day = day, Set = path, To = JsonSerializer.SerializeToElement(value) };

    public static InterventionSpec Scale(int day, string path, double by) => new() { Day = day, Scale = path, By = by };

    public static int CountryIndex(Scenario scenario, string id) => scenario.Countries.ToList().FindIndex(c => c.Id == id);

    /// <summary>Sum of one KPI over days [0, until].</summary>
    public static double Cumulative(this KpiSeries series, int kpi, int until)
    {
        double sum = 0;
        for (int d = 0; d <= until; d++) sum += series.Get(d, kpi);
        return sum;
    }
}
