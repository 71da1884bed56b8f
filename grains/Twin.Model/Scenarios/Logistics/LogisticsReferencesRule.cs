namespace Twin.Model.Scenarios;

/// <summary>
/// The logistics sections refer to each other by id: every reference must name something of the
/// right kind, and every country the towns export to must be reachable by every goods class.
/// </summary>
public sealed class LogisticsReferencesRule : IScenarioRule
{
    public void Check(Scenario s, ValidationProblems problems)
    {
        var towns = s.Towns.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var hubs = s.Hubs.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var destinations = s.Destinations.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var borders = s.Borders.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var warehouses = new Dictionary<string, WarehouseRole>(StringComparer.Ordinal);

        for (int i = 0; i < s.Countries.Count; i++)
        {
            var c = s.Countries[i];
            if (!countries.Add(c.Id)) problems.Add(Path("countries", i, "id"), $"duplicate country '{c.Id}'");
            if (c.Gateway is not null && !destinations.ContainsKey(c.Gateway))
                problems.Add(Path("countries", i, "gateway"), ValidationProblems.Missing("destination", c.Gateway, destinations.Keys));
        }
        for (int i = 0; i < s.Hubs.Count; i++)
            if (!towns.Contains(s.Hubs[i].Town)) problems.Add(Path("hubs", i, "town"), ValidationProblems.Missing("town", s.Hubs[i].Town, towns));
        for (int i = 0; i < s.Warehouses.Count; i++)
        {
            var w = s.Warehouses[i];
            warehouses[w.Id] = w.Role;
            var places = w.Role == WarehouseRole.Overseas ? (IEnumerable<string>)destinations.Keys : towns;
            if (!places.Contains(w.Location))
                problems.Add(Path("warehouses", i, "location"), ValidationProblems.Missing(w.Role == WarehouseRole.Overseas ? "destination" : "town", w.Location, places));
        }
        if (s.Warehouses.Count(w => w.Role == WarehouseRole.Forward) > 1)
            problems.Add("warehouses", "may have only one warehouse with role \"forward\" (the bonded forward warehouse of the 1210 chain)");
        for (int i = 0; i < s.Destinations.Count; i++)
        {
            var d = s.Destinations[i];
            if (d.Country is not null && !countries.Contains(d.Country))
                problems.Add(Path("destinations", i, "country"), ValidationProblems.Missing("country", d.Country, countries));
            if (d.OverseasWarehouse is not null && (!warehouses.TryGetValue(d.OverseasWarehouse, out var role) || role != WarehouseRole.Overseas))
                problems.Add(Path("destinations", i, "overseasWarehouse"), ValidationProblems.Missing("overseas warehouse", d.OverseasWarehouse,
                    warehouses.Where(w => w.Value == WarehouseRole.Overseas).Select(w => w.Key)));
        }
        for (int i = 0; i < s.Routes.Count; i++)
        {
            var r = s.Routes[i];
            if (!hubs.Contains(r.From)) problems.Add(Path("routes", i, "from"), ValidationProblems.Missing("hub", r.From, hubs));
            if (!destinations.ContainsKey(r.To)) problems.Add(Path("routes", i, "to"), ValidationProblems.Missing("destination", r.To, destinations.Keys));
            if (r.Border is not null && !borders.Contains(r.Border)) problems.Add(Path("routes", i, "border"), ValidationProblems.Missing("border crossing", r.Border, borders));
            if (r.GoodsClasses.Count == 0) problems.Add(Path("routes", i, "goodsClasses"), "must list at least one goods class");
        }
        if (s.Logistics is { } logistics) CheckLogistics(s, logistics, hubs, warehouses, problems);
    }

    private static void CheckLogistics(Scenario s, LogisticsSpec logistics, HashSet<string> hubs,
        Dictionary<string, WarehouseRole> warehouses, ValidationProblems problems)
    {
        foreach (var goods in GoodsClasses.All)
        {
            var desk = logistics.GoodsClasses[goods].OrderDesk;
            bool consolidation = warehouses.TryGetValue(desk, out var role) && role == WarehouseRole.Consolidation;
            if (!hubs.Contains(desk) && !consolidation)
                problems.Add($"logistics.goodsClasses.{GoodsClasses.Key(goods)}.orderDesk",
                    ValidationProblems.Missing("hub or consolidation warehouse", desk, hubs.Concat(warehouses.Where(w => w.Value == WarehouseRole.Consolidation).Select(w => w.Key))));
        }
        CheckRule(logistics.CapacityResponse.Routes, "logistics.capacityResponse.routes", problems);
        CheckRule(logistics.CapacityResponse.Nodes, "logistics.capacityResponse.nodes", problems);
        foreach (var sector in Sectors.All)
            if (logistics.SectorGoods[sector].Total <= 0)
                problems.Add($"logistics.sectorGoods.{Sectors.Key(sector)}", "needs a weight above 0 for at least one goods class");
        if (s.Towns.Count > 0 && s.Countries.Sum(c => c.ExportShare) <= 0)
            problems.Add("countries", "needs at least one country with an exportShare above 0, so the towns' exports have somewhere to go");
        for (int i = 0; i < s.Countries.Count; i++)
        {
            var c = s.Countries[i];
            if (c.ExportShare <= 0) continue;
            var served = s.Destinations.Where(d => d.Country == c.Id).Select(d => d.Id).ToList();
            if (served.Count == 0 && c.Gateway is not null) served.Add(c.Gateway);
            if (served.Count == 0)
            {
                problems.Add(Path("countries", i, "gateway"), $"country '{c.Id}' has no destination of its own, so it needs a gateway destination");
                continue;
            }
            foreach (var destination in served)
                foreach (var goods in GoodsClasses.All)
                    if (!s.Routes.Any(r => r.To == destination && r.GoodsClasses.Contains(goods)))
                        problems.Add(Path("countries", i, "exportShare"),
                            $"country '{c.Id}' is served through destination '{destination}', but no route to it takes {GoodsClasses.Key(goods)} goods");
        }
    }

    /// <summary>A backlog cannot be both low enough to cut capacity and high enough to add it.</summary>
    private static void CheckRule(CapacityRuleSpec rule, string path, ValidationProblems problems)
    {
        if (rule.LowerBelowDays > rule.RaiseAboveDays)
            problems.Add(ValidationProblems.Join(path, "lowerBelowDays"), $"must be <= raiseAboveDays ({rule.RaiseAboveDays}), got {rule.LowerBelowDays}");
    }

    private static string Path(string section, int index, string field) => ValidationProblems.Join(ValidationProblems.Index(section, index), field);
}
