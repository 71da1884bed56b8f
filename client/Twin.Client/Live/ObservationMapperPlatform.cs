using Twin.Contracts.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Client.Live;

/// <summary>Observations of the trading platform (trades, quotes) and of the institute (enrolments).</summary>
internal static class ObservationMapperPlatform
{
    public static void Map(ObservationSpec spec, int day, ObservationMapper.Context context, string path, ValidationProblems problems, List<KpiObservation> observations)
    {
        switch (spec.Type)
        {
            case ObservationType.Trade:
            case ObservationType.Quote:
                Market(spec, day, context, path, problems, observations);
                break;
            case ObservationType.Enrolment:
                Enrolment(spec, day, context.Scenario, path, problems, observations);
                break;
        }
    }

    /// <summary>A class that enrolled trainees: one more class started, and its trainees enrolled.</summary>
    private static void Enrolment(ObservationSpec spec, int day, Scenario scenario, string path, ValidationProblems problems, List<KpiObservation> observations)
    {
        var programme = ObservationMapper.Require(spec.Programme, "programme", path, problems);
        if (programme is null) return;
        if (scenario.Programmes.FirstOrDefault(p => p.Id == programme) is not { } programmeSpec)
        {
            problems.Add($"{path}.programme", scenario.Programmes.Count == 0
                ? "this scenario has no institute programmes"
                : ValidationProblems.Missing("programme", programme, scenario.Programmes.Select(p => p.Id).ToArray()));
            return;
        }
        if (spec.Trainees is not { Count: > 0 } trainees)
        {
            problems.Add($"{path}.trainees", "is required: trainees by country, such as { \"russia\": 12 }");
            return;
        }
        int before = problems.Count;
        var countryIds = scenario.Countries.Select(c => c.Id).ToArray();
        foreach (var (country, count) in trainees)
        {
            if (CountryCodes.Resolve(country, countryIds) is null)
                problems.Add($"{path}.trainees.{country}", UnknownCountry(country, countryIds));
            else if (count < 0)
                problems.Add($"{path}.trainees.{country}", $"must be >= 0, got {count}");
        }
        if (problems.Count > before) return;
        long total = trainees.Values.Sum(v => (long)v);
        ObservationBounds.Enrolment(total, programmeSpec, path, problems);
        if (problems.Count > before) return;
        observations.Add(new KpiObservation(programme, "classes_started", day, 1, Accumulate: true));
        observations.Add(new KpiObservation(programme, "enrolled", day, total, Accumulate: true));
    }

    /// <summary>Every valid id, as a scenario has a few dozen countries at most, and the nearest when there is one.</summary>
    private static string UnknownCountry(string country, string[] countryIds)
    {
        var near = KnownIds.Closest(country, countryIds);
        return $"no country '{KnownIds.Clip(country)}'{(near is null ? "" : $" (did you mean '{near}'?)")}; " +
               $"give a country id or its two-letter code (KZ for kazakhstan): {string.Join(", ", countryIds.Take(100))}";
    }

    /// <summary>A trade: one more trade, its lots, and its price as the close; a quote: the close only.</summary>
    private static void Market(ObservationSpec spec, int day, ObservationMapper.Context context, string path, ValidationProblems problems, List<KpiObservation> observations)
    {
        var scenario = context.Scenario;
        var market = ObservationMapper.Require(spec.Market, "market", path, problems);
        if (market is null) return;
        if (scenario.Markets.FirstOrDefault(m => m.Id == market) is not { } marketSpec)
        {
            problems.Add($"{path}.market", scenario.Markets.Count == 0
                ? "this scenario has no trading platform markets"
                : ValidationProblems.Missing("market", market, scenario.Markets.Select(m => m.Id).ToArray()));
            return;
        }
        if (spec.Price is not { } price)
        {
            problems.Add($"{path}.price", "is required for a trade or a quote");
            return;
        }
        int before = problems.Count;
        ObservationBounds.Price(price, marketSpec, context.RecentClose.TryGetValue(market, out var close) ? close : marketSpec.Fundamental.Start, context.Limits, path, problems);
        if (spec.Type == ObservationType.Trade)
        {
            if (spec.Quantity is not { } lots)
            {
                problems.Add($"{path}.quantity", "is required for a trade (lots)");
                return;
            }
            ObservationBounds.Lots(lots, context.Limits, path, problems);
            if (problems.Count > before) return;
            observations.Add(new KpiObservation(market, "trades", day, 1, Accumulate: true));
            observations.Add(new KpiObservation(market, "volume_lots", day, lots, Accumulate: true));
            observations.Add(new KpiObservation(market, "vwap", day, price, Accumulate: false, Weight: lots));
        }
        if (problems.Count > before) return;
        observations.Add(new KpiObservation(market, "close", day, price, Accumulate: false));
    }
}
