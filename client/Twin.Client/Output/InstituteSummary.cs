using Twin.Model.Institute;
using Twin.Model.Scenarios;

namespace Twin.Client.Output;

/// <summary>The institute's KPIs for a run: its programmes, the countries that sent the most trainees, its alumni.</summary>
/// <param name="AlumniAbroadOnDay0">Alumni living in their home countries at the start: the scenario's input.</param>
/// <param name="ExportDemandFactor">The alumni effect on the towns' export demand (1 = none).</param>
public sealed record InstituteSummary(
    IReadOnlyList<ProgrammeSummary> Programmes,
    IReadOnlyList<CountryTrainees> TopCountries,
    double CountriesWithTrainees,
    double AlumniAbroadOnDay0,
    double AlumniAbroad,
    double AlumniInZone,
    double ExportDemandFactor)
{
    /// <summary>How many countries the summary lists, by trainees enrolled.</summary>
    public const int TopCountryCount = 10;

    /// <summary>Null when the scenario has no institute.</summary>
    public static InstituteSummary? From(Scenario scenario, RunKpis kpis)
    {
        if (scenario.Institute is not { } institute) return null;
        double Kpi(string kpi) => kpis.Mean(institute.Id, kpi);
        var countries = scenario.Countries.Select(c => new CountryTrainees(c.Id,
                Kpi(InstituteKpis.CountryKpi(InstituteKpis.CountryEnrolled, c.Id)),
                Kpi(InstituteKpis.CountryKpi(InstituteKpis.CountryCompleted, c.Id)),
                Kpi(InstituteKpis.CountryKpi(InstituteKpis.CountryAlumni, c.Id)),
                Kpi(InstituteKpis.CountryKpi(InstituteKpis.CountryTradeMultiplier, c.Id))))
            .Where(c => c.Enrolled > 0)
            .OrderByDescending(c => c.Enrolled)
            .Take(TopCountryCount)
            .ToArray();
        return new InstituteSummary(
            scenario.Programmes.Select(p => ProgrammeSummary.Of(p, kpis)).ToArray(),
            countries,
            Kpi("countries_with_trainees"),
            scenario.Countries.Sum(c => c.Alumni),
            Kpi("alumni_abroad"),
            Kpi("alumni_in_zone"),
            Kpi("export_demand_factor"));
    }
}
