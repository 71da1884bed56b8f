using Twin.Model.Institute;
using Twin.Model.Kernel;
using Twin.Model.Tests.Logistics;
using K = Twin.Model.Institute.ProgrammeKpis;

namespace Twin.Model.Tests.Institute;

public sealed class SeatAndSwitchOnTests
{
    [Fact]
    public void Seats_are_never_exceeded_even_when_applicants_far_outnumber_them()
    {
        // Twenty times the applications, and half the seats from day 120: every class is oversubscribed.
        var scenario = InstituteScenarios.InstituteOnly("baseline.json", 240,
            InstituteScenarios.Scale(0, "programmes/trade-training/applicationsPerYear", 20),
            InstituteScenarios.Scale(0, "programmes/partner-universities/applicationsPerYear", 20),
            InstituteScenarios.Scale(120, "programmes/trade-training/seatsPerClass", 0.5));
        var runner = new SequentialRunner(scenario, 8, 0, scenario.Days);
        var programmes = runner.Hosts.Where(h => h.Entity.Kind == ProgrammeKind.Name).ToArray();
        for (int day = 0; day < scenario.Days; day++)
        {
            runner.StepDay(day);
            foreach (var host in programmes)
            {
                var model = (ProgrammeModel)host.Model;
                Assert.All(model.Cohorts, c => Assert.True(c.Total() <= c.Seats, $"{host.Entity.Id} class {c.Number}: {c.Total()} trainees in {c.Seats} seats"));
                Assert.All(model.Cohorts.Where(c => c.FirstDay == day), c => Assert.True(c.Seats <= model.Spec.SeatsPerClass));
            }
        }
        foreach (var series in runner.Hosts.Where(h => h.Entity.Kind == ProgrammeKind.Name).Select(h => h.Kpis))
        {
            var seats = scenario.Programmes.Single(p => p.Id == series.EntityId).SeatsPerClass;
            for (int day = 0; day < scenario.Days; day++)
            {
                int seatsToday = series.EntityId == "trade-training" && day >= 120 ? (int)Math.Round(seats * 0.5, MidpointRounding.AwayFromZero) : seats;
                Assert.True(series.Get(day, K.Enrolled) <= series.Get(day, K.ClassesStarted) * seatsToday, $"{series.EntityId} day {day}");
                Assert.True(series.Get(day, K.SeatsUsed) <= series.Get(day, K.SeatsOffered), $"{series.EntityId} day {day}");
            }
        }
        var trade = runner.Hosts.Single(h => h.Entity.Id == "trade-training").Kpis;
        Assert.True(trade.Sum("rejected") > 10 * trade.Sum("enrolled"), "the test needs oversubscribed classes");
    }

    [Fact]
    public void A_programme_switched_on_by_an_intervention_has_no_trainees_before_its_day()
    {
        var scenario = InstituteScenarios.InstituteOnly("macao-partnership-from-day-90.json", 365);
        var macao = LogisticsRuns.Run(scenario, 5).Single(s => s.EntityId == "macao-universities");
        foreach (var kpi in new[] { K.Open, K.Applications, K.Pending, K.Applicants, K.Enrolled, K.Active, K.ClassesStarted })
            for (int day = 0; day < 90; day++)
                Assert.Equal(0, macao.Get(day, kpi));
        Assert.Equal(1, macao.Get(90, K.Open));
        Assert.True(macao.Sum("enrolled") > 0 && macao.Sum("completed") > 0);
    }

    [Fact]
    public void A_programme_that_opens_after_the_runs_start_has_no_trainees_before_it_opens()
    {
        var scenario = InstituteScenarios.History();
        var series = LogisticsRuns.Run(scenario, 2);
        foreach (var programme in scenario.Programmes.Where(p => p.Opens > scenario.Start))
        {
            var s = series.Single(x => x.EntityId == programme.Id);
            int opens = programme.Opens!.Value.DayNumber - scenario.Start.DayNumber;
            Assert.Equal(0, s.Cumulative(K.Applications, Math.Min(opens, s.Days) - 1));
            Assert.Equal(0, s.Cumulative(K.Enrolled, Math.Min(opens, s.Days) - 1));
            if (opens < s.Days && programme.Enabled) Assert.True(s.Sum("applications") > 0, programme.Id);
        }
    }
}
