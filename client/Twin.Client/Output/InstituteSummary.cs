using Twin.Client.Runs;
using Twin.Model.Institute;
using Twin.Model.Kernel;

namespace Twin.Client.Output;

/// <summary>The institute's figures for a set of runs, averaged over replications.</summary>
/// <param name="AlumniAbroadOnDay0">Alumni living in their home countries on day 0.</param>
/// <param name="AlumniAbroad">On the last day.</param>
/// <param name="AlumniInZone">Completers of the run who stayed in a town (founders included).</param>
/// <param name="ExportDemandFactor">The alumni effect on the towns' export demand on the last day (1 = none).</param>
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
    public static InstituteSummary? From(RunSetResults results)
    {
        var scenario = results.Scenario.Scenario;
        if (scenario.Institute is null) return null;
        var institutes = results.Runs.Select(r => r.Series.First(s => s.Kind == InstituteKind.Name)).ToArray();
        var programmes = scenario.Programmes.Select(p =>
        {
            var series = results.Runs.Select(r => r.Series.First(s => s.EntityId == p.Id)).ToArray();
            double Sum(string kpi) => series.Average(s => s.Sum(kpi));
            return new ProgrammeSummary(p.Id, Twin.Model.Scenarios.ProgrammeTypes.Key(p.Type), Sum("classes_started"), Sum("applicants"),
                Sum("enrolled"), Sum("completed"), Sum("dropped_out"), series.Average(s => s.Last("active")),
                Sum("returned_home"), Sum("stayed"), Sum("firms_founded"), Sum("firms_toured"));
        }).ToArray();
        var countries = scenario.Countries.Select(c => new CountryTrainees(c.Id,
                institutes.Average(s => s.Sum(InstituteKpis.CountryKpi(InstituteKpis.CountryEnrolled, c.Id))),
                institutes.Average(s => s.Sum(InstituteKpis.CountryKpi(InstituteKpis.CountryCompleted, c.Id))),
                institutes.Average(s => s.Last(InstituteKpis.CountryKpi(InstituteKpis.CountryAlumni, c.Id))),
                institutes.Average(s => s.Last(InstituteKpis.CountryKpi(InstituteKpis.CountryTradeMultiplier, c.Id)))))
            .Where(c => c.Enrolled > 0)
            .OrderByDescending(c => c.Enrolled)
            .Take(TopCountryCount)
            .ToArray();
        return new InstituteSummary(programmes, countries,
            institutes.Average(s => s.Last("countries_with_trainees")),
            scenario.Countries.Sum(c => c.Alumni),
            institutes.Average(s => s.Last("alumni_abroad")),
            institutes.Average(s => s.Last("alumni_in_zone")),
            institutes.Average(s => s.Last("export_demand_factor")));
    }
}

/// <summary>One programme over a run: flows summed, active trainees on the last day.</summary>
public sealed record ProgrammeSummary(string Programme, string Type, double Classes, double Applicants, double Enrolled, double Completed,
    double DroppedOut, double Active, double ReturnedHome, double Stayed, double FirmsFounded, double FirmsToured)
{
    public static ProgrammeSummary Total(IReadOnlyList<ProgrammeSummary> programmes) => new("total", "",
        programmes.Sum(p => p.Classes), programmes.Sum(p => p.Applicants), programmes.Sum(p => p.Enrolled), programmes.Sum(p => p.Completed),
        programmes.Sum(p => p.DroppedOut), programmes.Sum(p => p.Active), programmes.Sum(p => p.ReturnedHome), programmes.Sum(p => p.Stayed),
        programmes.Sum(p => p.FirmsFounded), programmes.Sum(p => p.FirmsToured));
}

/// <summary>A country's trainees over a run, its alumni at home and its trade multiplier on the last day.</summary>
public sealed record CountryTrainees(string Country, double Enrolled, double Completed, double Alumni, double TradeMultiplier);
