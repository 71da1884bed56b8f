namespace Twin.Model.Scenarios;

/// <summary>
/// A sector's inputs name markets of the scenario (each once), and wages plus inputs leave the
/// sector a margin: a margin of zero or less would make every firm's costs exceed its sales. A
/// scenario without markets (no trading platform) has no prices to buy at: its sectors' inputs are
/// left unused, as a scenario without `logistics` sends no export orders.
/// </summary>
public sealed class SectorRule : IScenarioRule
{
    public void Check(Scenario scenario, ValidationProblems problems)
    {
        var markets = scenario.Markets.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var sector in Sectors.All)
        {
            var spec = scenario.Sectors[sector];
            var path = ValidationProblems.Join("sectors", System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(sector.ToString()));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < spec.Inputs.Count; i++)
            {
                var id = spec.Inputs[i].Id;
                var at = ValidationProblems.Join(ValidationProblems.Index(ValidationProblems.Join(path, "inputs"), i), "id");
                if (markets.Count > 0 && !markets.Contains(id))
                    problems.Add(at, $"'{id}' is not a market of this scenario");
                else if (!seen.Add(id))
                    problems.Add(at, $"'{id}' is listed twice");
            }
            double costs = spec.WageShare + spec.Inputs.Sum(x => x.CostShare);
            if (costs >= 1)
                problems.Add(ValidationProblems.Join(path, "wageShare"),
                    $"wages ({spec.WageShare}) and inputs ({spec.Inputs.Sum(x => x.CostShare)}) must leave a margin: they add up to {costs}, which must be below 1");
        }
    }
}
