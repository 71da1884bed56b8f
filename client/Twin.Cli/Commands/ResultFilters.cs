using Twin.Client.Studies;
using Twin.Model.Scenarios;

namespace Twin.Cli.Commands;

/// <summary>
/// `--kpi` and `--entity` name what a study has: a typo is refused with the nearest name, not
/// answered with an empty table that looks like "no results".
/// </summary>
public static class ResultFilters
{
    public static async Task CheckAsync(TwinClient client, string studyId, ResultQuery query)
    {
        if (query.Kpi is null && query.Entity is null) return;
        var all = (await client.GetResultsAsync(studyId, query with { Kpi = null, Entity = null, Daily = false })).Kpis;
        Check(all, query.Kpi, query.Entity);
    }

    /// <summary>Throws a <see cref="UsageException"/> naming the unknown KPI or entity, or the entity that has no such KPI.</summary>
    public static void Check(IReadOnlyList<KpiStatistic> all, string? kpi, string? entity)
    {
        if (entity is not null && !all.Any(k => k.Entity == entity))
            throw new UsageException("--entity: " + Suggest("entity", entity, all.Select(k => k.Entity)));
        if (kpi is not null && !all.Any(k => k.Kpi == kpi))
            throw new UsageException("--kpi: " + Suggest("KPI", kpi, all.Select(k => k.Kpi)));
        if (kpi is not null && entity is not null && !all.Any(k => k.Kpi == kpi && k.Entity == entity))
            throw new UsageException($"--kpi {kpi}: entity '{entity}' has no such KPI (its KPIs: {string.Join(", ", all.Where(k => k.Entity == entity).Select(k => k.Kpi).Distinct().Order(StringComparer.Ordinal))})");
    }

    private static string Suggest(string what, string name, IEnumerable<string> known)
    {
        var distinct = known.Distinct().ToArray();
        // Always offer the nearest name, even among few: "known: a, b, ..." alone leaves the reader to spot it.
        return KnownIds.Closest(name, distinct) is { } near && distinct.Length <= KnownIds.MaxListed
            ? $"{KnownIds.Missing(what, name, distinct)}; did you mean '{near}'?"
            : KnownIds.Missing(what, name, distinct);
    }
}
