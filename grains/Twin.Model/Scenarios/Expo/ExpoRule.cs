namespace Twin.Model.Scenarios;

/// <summary>
/// The expo centre agrees with the rest of the scenario: it stands in a town, its imports come
/// through a destination the logistics network reaches, its shelves and events have unique ids,
/// and a repeated event ends before it starts again.
/// </summary>
public sealed class ExpoRule : IScenarioRule
{
    public void Check(Scenario s, ValidationProblems problems)
    {
        if (s.Expo is not { } expo) return;
        var towns = s.Towns.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        if (!towns.Contains(expo.Town))
            problems.Add("expo.town", ValidationProblems.Missing("town", expo.Town, towns));
        var destinations = s.Destinations.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (expo.Shelves.Count > 0 && s.Logistics is null)
            problems.Add("expo.shelves", "needs the \"logistics\" section: the shelves are restocked by imports through the network");
        Unique(expo.Shelves.Select(x => x.Id).ToArray(), "expo.shelves", problems);
        Unique(expo.Events.Select(x => x.Id).ToArray(), "expo.events", problems);
        for (int i = 0; i < expo.Shelves.Count; i++)
        {
            var shelf = expo.Shelves[i];
            if (!destinations.Contains(shelf.Via))
                problems.Add($"expo.shelves[{i}].via", ValidationProblems.Missing("destination", shelf.Via, destinations));
            else if (!s.Routes.Any(r => r.To == shelf.Via && r.ReturnLoads))
                problems.Add($"expo.shelves[{i}].via", $"no route to '{shelf.Via}' carries return loads, so its imports could not reach the zone");
        }
        for (int i = 0; i < expo.Events.Count; i++)
        {
            var e = expo.Events[i];
            if (e.EveryDays > 0 && e.Days > e.EveryDays)
                problems.Add($"expo.events[{i}].days", $"must be <= everyDays ({e.EveryDays}) so one run ends before the next starts, got {e.Days}");
        }
    }

    private static void Unique(string[] ids, string path, ValidationProblems problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++)
            if (!seen.Add(ids[i]))
                problems.Add($"{path}[{i}].id", $"duplicate id '{ids[i]}'");
    }
}
