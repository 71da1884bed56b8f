using Twin.Model.Institute;
using Twin.Model.Kernel;
using Twin.Model.Tests.Logistics;
using K = Twin.Model.Institute.ProgrammeKpis;

namespace Twin.Model.Tests.Institute;

public sealed class FlowConservationTests
{
    private const int Days = 400;

    /// <summary>The institute on its own with a year of levers: more classes, a closure, the Macao partnership, a crowded class.</summary>
    private static readonly Lazy<IReadOnlyList<KpiSeries>> Series = new(() => LogisticsRuns.Run(
        InstituteScenarios.InstituteOnly("institute-doubles-classes.json", Days,
            InstituteScenarios.Set(40, "programmes/macao-universities/enabled", true),
            new() { Day = 100, Close = "programmes/trade-training", Days = 30 },
            InstituteScenarios.Scale(150, "programmes/foreign-aid-training/applicationsPerYear", 5)), seed: 3));

    private static KpiSeries[] Programmes => Series.Value.Where(s => s.Kind == ProgrammeKind.Name).ToArray();

    [Fact]
    public void Every_programme_conserves_its_trainees_at_every_tick()
    {
        foreach (var p in Programmes)
        {
            double applications = 0, applicants = 0, enrolled = 0, completed = 0, dropped = 0;
            for (int day = 0; day < Days; day++)
            {
                double Get(int kpi) => p.Get(day, kpi);
                Assert.Equal(Get(K.Applicants), Get(K.Rejected) + Get(K.Enrolled));
                Assert.Equal(Get(K.Completed), Get(K.ReturnedHome) + Get(K.Stayed) + Get(K.FirmsFounded) + Get(K.FirmsToured));
                Assert.True(Get(K.NoShows) <= Get(K.DroppedOut));
                applications += Get(K.Applications);
                applicants += Get(K.Applicants);
                enrolled += Get(K.Enrolled);
                completed += Get(K.Completed);
                dropped += Get(K.DroppedOut);
                Assert.True(applications == applicants + Get(K.Pending), $"{p.EntityId} day {day}: applications {applications} != decided {applicants} + pending {Get(K.Pending)}");
                Assert.True(enrolled == Get(K.Active) + completed + dropped,
                    $"{p.EntityId} day {day}: enrolled {enrolled} != active {Get(K.Active)} + completed {completed} + dropped out {dropped}");
            }
            if (p.EntityId is "trade-training" or "foreign-aid-training")
                Assert.True(completed > 0 && dropped > 0 && applicants > enrolled, $"{p.EntityId} should have completions, dropouts and rejections");
        }
    }

    [Fact]
    public void The_institute_counts_by_country_what_its_programmes_reported_the_day_before()
    {
        var institute = Series.Value.Single(s => s.Kind == InstituteKind.Name);
        int countries = (institute.Names.Count - InstituteKpis.ByCountry) / InstituteKpis.CountryKpis.Count;
        (int Programme, int Institute, int Country)[] pairs =
        [
            (K.Applicants, InstituteKpis.Applicants, InstituteKpis.CountryApplicants),
            (K.Enrolled, InstituteKpis.Enrolled, InstituteKpis.CountryEnrolled),
            (K.Completed, InstituteKpis.Completed, InstituteKpis.CountryCompleted),
            (K.DroppedOut, InstituteKpis.DroppedOut, InstituteKpis.CountryDroppedOut),
            (K.Active, InstituteKpis.Active, InstituteKpis.CountryActive),
        ];
        for (int day = 1; day < Days; day++)
        {
            foreach (var (programme, total, byCountry) in pairs)
            {
                double reported = Programmes.Sum(p => p.Get(day - 1, programme));
                double byCountries = Enumerable.Range(0, countries).Sum(c => institute.Get(day, InstituteKpis.ByCountry + byCountry * countries + c));
                Assert.Equal(reported, institute.Get(day, total));
                Assert.Equal(reported, byCountries);
            }
        }
        Assert.Equal(43, institute.Last("countries_with_trainees"));
    }
}
