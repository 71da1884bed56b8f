using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Logistics;

/// <summary>
/// The logistics sections of a scenario resolved to entity indexes: who takes which orders,
/// which routes reach which destination, where each country's goods go. Every logistics entity
/// builds its own copy from the scenario in force, so none shares state.
/// </summary>
public sealed partial class LogisticsNetwork
{
    private readonly int[] _routeOrdinal;
    private readonly int[] _countryOf;
    private readonly int[] _overseasOf;
    private readonly List<int>[] _routesTo;

    public LogisticsNetwork(Scenario scenario, EntityDirectory directory)
    {
        Scenario = scenario;
        _routeOrdinal = Filled(directory.Count);
        _countryOf = Filled(directory.Count);
        _overseasOf = Filled(directory.Count);
        _routesTo = new List<int>[directory.Count];

        var countryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < scenario.Countries.Count; c++) countryIndex[scenario.Countries[c].Id] = c;
        var borders = scenario.Borders.ToDictionary(b => b.Id, StringComparer.Ordinal);

        Routes = new RouteInfo[scenario.Routes.Count];
        for (int r = 0; r < Routes.Length; r++)
        {
            var spec = scenario.Routes[r];
            var border = spec.Border is null ? null : borders[spec.Border];
            Routes[r] = new RouteInfo(r, directory.IndexOf(spec.Id), directory.IndexOf(spec.From), directory.IndexOf(spec.To),
                border is null ? -1 : directory.IndexOf(border.Id), spec, border);
            _routeOrdinal[Routes[r].Entity] = r;
            (_routesTo[Routes[r].To] ??= []).Add(r);
        }
        foreach (var d in scenario.Destinations)
        {
            int entity = directory.IndexOf(d.Id);
            _countryOf[entity] = d.Country is null ? -1 : countryIndex[d.Country];
            _overseasOf[entity] = d.OverseasWarehouse is null ? -1 : directory.IndexOf(d.OverseasWarehouse);
        }
        Forward = scenario.Warehouses.FirstOrDefault(w => w.Role == WarehouseRole.Forward) is { } forward ? directory.IndexOf(forward.Id) : -1;
        DeskOf = scenario.Logistics is { } logistics
            ? GoodsClasses.All.Select(g => directory.IndexOf(logistics.GoodsClasses[g].OrderDesk)).ToArray()
            : [];
        Desks = DeskOf.Distinct().ToArray();
        CountryDestinations = scenario.Countries.Select(c => DestinationsOf(c, directory)).ToArray();
        Towns = scenario.Towns.Select(t => directory.IndexOf(t.Id)).ToArray();
    }

    public Scenario Scenario { get; }

    public RouteInfo[] Routes { get; }

    /// <summary>The entities that take the goods classes' export orders, each once; empty without a logistics section.</summary>
    public int[] Desks { get; }

    /// <summary>The order desk of each goods class, by class; empty without a logistics section.</summary>
    public int[] DeskOf { get; }

    /// <summary>The towns, whose export demand hears of the service their shipments get.</summary>
    public int[] Towns { get; }

    /// <summary>The bonded forward warehouse of the 1210 chain, or -1.</summary>
    public int Forward { get; }

    /// <summary>Each country's destinations with their shares (summing to 1).</summary>
    public (int Entity, double Share)[][] CountryDestinations { get; }

    public RouteInfo? RouteAt(int entity) => _routeOrdinal[entity] is var r and >= 0 ? Routes[r] : null;

    public RouteInfo RouteOf(int entity) => RouteAt(entity) ?? throw new InvalidOperationException($"Entity {entity} is not a route.");

    /// <summary>The routes that deliver to a destination, by ordinal.</summary>
    public IReadOnlyList<int> RoutesTo(int destination) => _routesTo[destination] ?? (IReadOnlyList<int>)[];

    /// <summary>The overseas warehouse that takes a destination's e-commerce parcels, or -1.</summary>
    public int OverseasOf(int destination) => _overseasOf[destination];

    /// <summary>The country a destination lies in, or -1 for a gateway.</summary>
    public int CountryOf(int destination) => _countryOf[destination];

    private (int, double)[] DestinationsOf(CountrySpec country, EntityDirectory directory)
    {
        var own = Scenario.Destinations.Where(d => d.Country == country.Id).ToArray();
        if (own.Length == 0)
            return country.Gateway is null ? [] : [(directory.IndexOf(country.Gateway), 1.0)];
        double total = own.Sum(d => d.Weight);
        return own.Select(d => (directory.IndexOf(d.Id), d.Weight / total)).ToArray();
    }

    private static int[] Filled(int count)
    {
        var array = new int[count];
        Array.Fill(array, -1);
        return array;
    }
}
