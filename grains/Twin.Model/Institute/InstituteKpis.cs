using Twin.Model.Kernel;

namespace Twin.Model.Institute;

/// <summary>
/// The institute's KPIs: totals over its programmes, then seven KPIs per country in blocks
/// (`applicants_russia`..., `enrolled_russia`..., up to `trade_multiplier_russia`...).
/// </summary>
public static class InstituteKpis
{
    public const int Applicants = 0;
    public const int Enrolled = 1;
    public const int DroppedOut = 2;
    public const int Completed = 3;
    public const int Active = 4;
    public const int ReturnedHome = 5;
    public const int Stayed = 6;
    public const int FirmsFounded = 7;
    public const int AlumniAbroad = 8;
    public const int AlumniInZone = 9;
    public const int CountriesWithTrainees = 10;
    public const int ExportDemandFactor = 11;
    public const int ByCountry = 12;

    /// <summary>The per-country KPIs, in block order; a KPI's name is `{kpi}_{country id}`.</summary>
    public static readonly IReadOnlyList<string> CountryKpis =
        ["applicants", "enrolled", "active", "completed", "dropped_out", "alumni", "trade_multiplier"];

    public const int CountryApplicants = 0;
    public const int CountryEnrolled = 1;
    public const int CountryActive = 2;
    public const int CountryCompleted = 3;
    public const int CountryDroppedOut = 4;
    public const int CountryAlumni = 5;
    public const int CountryTradeMultiplier = 6;

    public static string CountryKpi(int block, string country) => $"{CountryKpis[block]}_{country}";

    public static IReadOnlyList<string> NamesFor(IReadOnlyList<string> countries) =>
    [
        .. Totals,
        "alumni_abroad", "alumni_in_zone", "countries_with_trainees", "export_demand_factor",
        .. CountryKpis.SelectMany(k => countries.Select(c => $"{k}_{c}")),
    ];

    /// <summary>The totals over the programmes, declared with the programmes' KPIs.</summary>
    private static readonly string[] Totals = ["applicants", "enrolled", "dropped_out", "completed", "active", "returned_home", "stayed", "firms_founded"];

    /// <summary>The institute's KPIs: the programme totals (as the programmes declare them), its own, and the per-country families.</summary>
    public static readonly IReadOnlyList<KpiInfo> Definitions =
    [
        .. ProgrammeKpis.Definitions.Where(d => Totals.Contains(d.Name)),
        new("alumni_abroad", "people", KpiAggregation.Last, KpiDirection.HigherIsBetter, "alumni living in their home countries", Headline: true),
        new("alumni_in_zone", "people", KpiAggregation.Last, KpiDirection.HigherIsBetter, "completers since the start of the run who stayed in a town (founders included)"),
        new("countries_with_trainees", "countries", KpiAggregation.Last, KpiDirection.HigherIsBetter, "countries with trainees enrolled since the start of the run"),
        new("export_demand_factor", "factor", KpiAggregation.Mean, KpiDirection.HigherIsBetter,
            "the alumni effect on the towns' exports: export-share-weighted mean of the countries' trade multipliers", Headline: true),
        new("applicants_*", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "applicants from the country"),
        new("enrolled_*", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "trainees enrolled from the country"),
        new("active_*", "people", KpiAggregation.Mean, KpiDirection.HigherIsBetter, "active trainees from the country"),
        new("completed_*", "people", KpiAggregation.Sum, KpiDirection.HigherIsBetter, "trainees from the country who completed"),
        new("dropped_out_*", "people", KpiAggregation.Sum, KpiDirection.LowerIsBetter, "trainees from the country who dropped out"),
        new("alumni_*", "people", KpiAggregation.Last, KpiDirection.HigherIsBetter, "alumni living in the country"),
        new("trade_multiplier_*", "factor", KpiAggregation.Mean, KpiDirection.HigherIsBetter, "the alumni effect on the towns' export demand from the country"),
    ];
}
