namespace Twin.Model.Scenarios;

/// <summary>The e-commerce base names a town, a country and a route that exist, and its operations centre can send what it takes.</summary>
public sealed class CommerceBaseRule : IScenarioRule
{
    public void Check(Scenario s, ValidationProblems problems)
    {
        if (s.EcommerceBase is not { } b) return;
        var towns = s.Towns.Select(t => t.Id).ToArray();
        if (!towns.Contains(b.Town, StringComparer.Ordinal))
            problems.Add("ecommerceBase.town", ValidationProblems.Missing("town", b.Town, towns));
        var countries = s.Countries.Select(c => c.Id).ToArray();
        if (!countries.Contains(b.Country, StringComparer.Ordinal))
            problems.Add("ecommerceBase.country", ValidationProblems.Missing("country", b.Country, countries));
        var routes = s.Routes.Select(r => r.Id).ToArray();
        var consolidation = b.Consolidation;
        if (consolidation.Route.Length > 0 && !routes.Contains(consolidation.Route, StringComparer.Ordinal))
            problems.Add("ecommerceBase.consolidation.route", ValidationProblems.Missing("route", consolidation.Route, routes));
        if (consolidation.DeparturesPerWeek > 0 && consolidation.Route.Length == 0)
            problems.Add("ecommerceBase.consolidation.route", "is needed when departuresPerWeek is above 0");
        var centre = b.OperationsCentre;
        if ((centre.Open || centre.MarketplaceParcelsPerDay > 0) && centre.CutOffDays.Count == 0)
            problems.Add("ecommerceBase.operationsCentre.cutOffDays", "needs at least one weekday, or the centre would never send what it takes");
        if (centre.CutOffDays.Distinct().Count() != centre.CutOffDays.Count)
            problems.Add("ecommerceBase.operationsCentre.cutOffDays", "lists a weekday twice");
        if (s.Logistics is null && (centre.Open || consolidation.DeparturesPerWeek > 0))
            problems.Add("ecommerceBase", "needs the \"logistics\" section to send its loads");
    }
}
