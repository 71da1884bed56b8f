namespace Twin.Model.Scenarios;

/// <summary>
/// The trading platform's sections fit together: markets need a clearing house and exchange rates,
/// every market a participant names exists (once), a consumer's town exists, and each market's
/// band and fundamental make sense.
/// </summary>
public sealed class MarketRules : IScenarioRule
{
    public void Check(Scenario scenario, ValidationProblems problems)
    {
        if (scenario.Markets.Count > 0)
        {
            if (scenario.Clearing is null) problems.Add("clearing", "is required when there are markets");
            if (scenario.Fx is null) problems.Add("fx", "is required when there are markets");
        }
        for (int i = 0; i < scenario.Markets.Count; i++)
            CheckMarket(scenario.Markets[i], ValidationProblems.Index("markets", i), problems);

        var markets = scenario.Markets.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var towns = scenario.Towns.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < scenario.Participants.Count; i++)
        {
            var participant = scenario.Participants[i];
            var path = ValidationProblems.Index("participants", i);
            if (participant.Town is { } town && !towns.Contains(town))
                problems.Add(ValidationProblems.Join(path, "town"), $"'{town}' is not a town of this scenario");
            if (participant.Markets.Count == 0)
                problems.Add(ValidationProblems.Join(path, "markets"), "must name at least one market");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int k = 0; k < participant.Markets.Count; k++)
            {
                var id = participant.Markets[k].Id;
                var at = ValidationProblems.Join(ValidationProblems.Index(ValidationProblems.Join(path, "markets"), k), "id");
                if (!markets.Contains(id))
                    problems.Add(at, $"'{id}' is not a market of this scenario" + (markets.Count > 0 ? $" (markets: {string.Join(", ", markets.Order(StringComparer.Ordinal))})" : ""));
                else if (!seen.Add(id))
                    problems.Add(at, $"'{id}' is listed twice");
            }
        }
    }

    private static void CheckMarket(MarketSpec market, string path, ValidationProblems problems)
    {
        if (market.PriceFloor is { } floor && market.PriceCap is { } cap && floor >= cap)
            problems.Add(ValidationProblems.Join(path, "priceCap"), $"must be above priceFloor ({floor}), got {cap}");
        var fundamental = market.Fundamental;
        var start = ValidationProblems.Join(ValidationProblems.Join(path, "fundamental"), "start");
        if (market.PriceFloor is { } low && fundamental.Start < low)
            problems.Add(start, $"must be at least the market's priceFloor ({low}), got {fundamental.Start}");
        if (market.PriceCap is { } high && fundamental.Start > high)
            problems.Add(start, $"must be at most the market's priceCap ({high}), got {fundamental.Start}");
        if (fundamental.Process == FundamentalProcessKind.GbmJumps && fundamental.Start <= 0)
            problems.Add(start, $"must be above 0 for a gbmJumps process, got {fundamental.Start}");
        if (fundamental.Process == FundamentalProcessKind.GbmJumps && fundamental.Mean is not null)
            problems.Add(ValidationProblems.Join(ValidationProblems.Join(path, "fundamental"), "mean"), "belongs to a meanReverting process, not gbmJumps");
        if (Math.Abs(fundamental.Start) / market.TickSize > int.MaxValue / 8.0)
            problems.Add(ValidationProblems.Join(path, "tickSize"), $"is too small for prices around {fundamental.Start}: prices must stay below {int.MaxValue / 8:N0} ticks");
    }
}
