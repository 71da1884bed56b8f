using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Institute;

/// <summary>
/// The figures the reply gives for the institute, from one run's KPI series: classes of trade and
/// foreign-aid training, their participant-visits (trainees who turned up) and the countries
/// trainees came from. The calibration test and the run summary read the same numbers.
/// </summary>
public sealed record InstituteFigures(double TrainingClasses, double ParticipantVisits, int Countries)
{
    /// <summary>The figures over days [0, <paramref name="days"/>) (all days when null).</summary>
    public static InstituteFigures From(Scenario scenario, IReadOnlyList<KpiSeries> series, int? days = null)
    {
        var training = scenario.Programmes.Where(p => ProgrammeTypes.IsTrainingClass(p.Type)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        double classes = 0, visits = 0;
        foreach (var s in series.Where(s => training.Contains(s.EntityId)))
        {
            int until = Math.Min(days ?? s.Days, s.Days);
            int started = s.IndexOf("classes_started"), enrolled = s.IndexOf("enrolled"), noShows = s.IndexOf("no_shows");
            for (int d = 0; d < until; d++)
            {
                classes += s.Get(d, started);
                visits += s.Get(d, enrolled) - s.Get(d, noShows);
            }
        }
        int countries = 0;
        if (series.FirstOrDefault(s => s.Kind == InstituteKind.Name) is { } institute)
        {
            int until = Math.Min(days ?? institute.Days, institute.Days);
            foreach (var country in scenario.Countries)
            {
                int k = institute.IndexOf(InstituteKpis.CountryKpi(InstituteKpis.CountryEnrolled, country.Id));
                double enrolled = 0;
                // The institute hears of a day's flows the next day: count its day `until` too.
                for (int d = 0; d <= until && d < institute.Days; d++) enrolled += institute.Get(d, k);
                if (enrolled > 0) countries++;
            }
        }
        return new InstituteFigures(classes, visits, countries);
    }
}
