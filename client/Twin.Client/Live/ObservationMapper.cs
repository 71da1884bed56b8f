using System.Text.Json;
using Twin.Contracts.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Client.Live;

/// <summary>
/// Checks observed events against the live run's scenario and turns them into the KPI values they
/// fix: a departure is one more departure and its TEU or tonnes on that route and day. Every
/// problem is reported with the event's index and field; nothing is applied unless all are good.
/// </summary>
public static class ObservationMapper
{
    /// <param name="Events">The same values grouped by the event that fixes them, in the order sent.</param>
    public sealed record Result(IReadOnlyList<KpiObservation> Observations, IReadOnlyList<ValidationProblem> Problems)
    {
        public bool IsValid => Problems.Count == 0;

        public IReadOnlyList<KpiObservation[]> Events { get; init; } = [];
    }

    /// <param name="limits">How far values may stray (defaults when null).</param>
    /// <param name="recentClose">Each market's recent close, which observed prices must stay near (none: only the floor and cap apply).</param>
    public static Result Map(IReadOnlyList<JsonElement> items, Scenario scenario, int liveDays,
        ObservationLimits? limits = null, IReadOnlyDictionary<string, double>? recentClose = null)
    {
        var context = new Context(scenario, limits ?? new ObservationLimits(), recentClose ?? new Dictionary<string, double>());
        var problems = new ValidationProblems();
        var observations = new List<KpiObservation>();
        var events = new List<KpiObservation[]>();
        for (int i = 0; i < items.Count; i++)
        {
            int first = observations.Count;
            MapOne(items[i], ValidationProblems.Index("observations", i), context, liveDays, problems, observations);
            events.Add(observations.GetRange(first, observations.Count - first).ToArray());
        }
        return problems.Any ? new Result([], problems.Items) : new Result(observations, []) { Events = events };
    }

    private static void MapOne(JsonElement item, string path, Context context, int liveDays, ValidationProblems problems, List<KpiObservation> observations)
    {
        var scenario = context.Scenario;
        if (ScenarioJson.ReadChecked<ObservationSpec>(item, path, problems) is not { } spec) return;
        int day = spec.Date.DayNumber - scenario.Start.DayNumber;
        if (day < 0 || day >= liveDays)
        {
            problems.Add($"{path}.date", $"{spec.Date:yyyy-MM-dd} is outside the live run ({scenario.Start:yyyy-MM-dd} to {scenario.Start.AddDays(liveDays - 1):yyyy-MM-dd})");
            return;
        }
        switch (spec.Type)
        {
            case ObservationType.Departure:
            case ObservationType.Arrival:
                Movement(spec, day, context, path, problems, observations);
                break;
            default:
                ObservationMapperPlatform.Map(spec, day, context, path, problems, observations);
                break;
        }
    }

    /// <summary>A train, truck or flight that left or arrived: one more movement, and its load.</summary>
    private static void Movement(ObservationSpec spec, int day, Context context, string path, ValidationProblems problems, List<KpiObservation> observations)
    {
        var scenario = context.Scenario;
        var route = Require(spec.Route, "route", path, problems);
        if (route is null) return;
        if (scenario.Routes.FirstOrDefault(r => r.Id == route) is not { } routeSpec)
        {
            problems.Add($"{path}.route", ValidationProblems.Missing("route", route, scenario.Routes.Select(r => r.Id).ToArray()));
            return;
        }
        if (spec.Teu is null && spec.Tonnes is null)
        {
            problems.Add(path, "a departure or arrival needs \"teu\" or \"tonnes\"");
            return;
        }
        int before = problems.Count;
        ObservationBounds.Movement(spec, routeSpec, context.Limits, path, problems);
        if (problems.Count > before) return;
        bool departure = spec.Type == ObservationType.Departure;
        observations.Add(new KpiObservation(route, departure ? "departures" : "arrivals", day, 1, Accumulate: true));
        if (spec.Teu is { } teu)
            observations.Add(new KpiObservation(route, departure ? "teu_departed" : "teu_arrived", day, teu, Accumulate: true));
        if (spec.Tonnes is { } tonnes && departure)
            observations.Add(new KpiObservation(route, "tonnes_departed", day, tonnes, Accumulate: true));
    }

    /// <summary>What the checks of one batch read: the live scenario, the limits and the markets' recent closes.</summary>
    internal sealed record Context(Scenario Scenario, ObservationLimits Limits, IReadOnlyDictionary<string, double> RecentClose);

    internal static string? Require(string? value, string field, string path, ValidationProblems problems)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value;
        problems.Add($"{path}.{field}", "is required for this type of observation");
        return null;
    }
}
