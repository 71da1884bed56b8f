using Twin.Model.Logistics;
using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>A country's trade with the zone over a run: exports delivered into it plus imports it sent, CNY (both totals).</summary>
public sealed record CountryTrade(string Country, double ValueCny)
{
    /// <summary>The countries that traded, largest first.</summary>
    public static IReadOnlyList<CountryTrade> From(Scenario scenario, RunKpis kpis)
    {
        var destinations = scenario.Destinations.Select(d => d.Id).ToArray();
        return scenario.Countries
            .Select(c => new CountryTrade(c.Id,
                kpis.Total(destinations, DestinationKpis.CountryPrefix + c.Id) +
                kpis.Total(scenario.Destinations.Where(d => d.Country == c.Id).Select(d => d.Id), "import_value_cny")))
            .Where(c => c.ValueCny > 0)
            .OrderByDescending(c => c.ValueCny)
            .ToArray();
    }
}
