using Twin.Model.Institute;
using Twin.Model.Tests.Logistics;

namespace Twin.Model.Tests.Institute;

/// <summary>The institute's history reproduces the figures of docs/zone.md within ±10%, averaged over 20 seeds.</summary>
public sealed class InstituteCalibrationTests
{
    [Fact]
    public void From_its_first_class_to_28_June_2024_the_institute_runs_about_211_classes_and_15600_participant_visits_from_43_countries()
    {
        var scenario = InstituteScenarios.History();
        Assert.Equal(new DateOnly(2024, 6, 28), scenario.Start.AddDays(scenario.Days - 1));
        int unveiled = new DateOnly(2022, 1, 13).DayNumber - scenario.Start.DayNumber;

        var june2024 = new List<InstituteFigures>();
        var january2022 = new List<InstituteFigures>();
        for (int seed = 1; seed <= 20; seed++)
        {
            var series = LogisticsRuns.Run(scenario, seed);
            june2024.Add(InstituteFigures.From(scenario, series));
            january2022.Add(InstituteFigures.From(scenario, series, unveiled));
        }

        Assert.InRange(june2024.Average(f => f.TrainingClasses), 211 * 0.9, 211 * 1.1);
        Assert.InRange(june2024.Average(f => f.ParticipantVisits), 15_600 * 0.9, 15_600 * 1.1);
        Assert.All(june2024, f => Assert.Equal(43, f.Countries));
        // On 13 January 2022 the zone counted 28 classes and "3,000+" trainees.
        Assert.InRange(january2022.Average(f => f.TrainingClasses), 28 * 0.9, 28 * 1.1);
        Assert.InRange(january2022.Average(f => f.ParticipantVisits), 3_000, 3_000 * 1.1);
    }

    [Fact]
    public void The_calibration_history_uses_the_baselines_countries_and_programmes()
    {
        var history = InstituteScenarios.History();
        var baseline = Support.TestScenarios.Baseline();
        Assert.Equal(baseline.Countries.Select(c => (c.Id, c.Name, c.TraineeWeight, c.Group)),
            history.Countries.Select(c => (c.Id, c.Name, c.TraineeWeight, c.Group)));
        Assert.Equal(43, baseline.Countries.Count(c => c.TraineeWeight > 0));
        Assert.Equal(baseline.Programmes.Select(p => (p.Id, p.Type, p.Opens, p.DurationDays)), history.Programmes.Select(p => (p.Id, p.Type, p.Opens, p.DurationDays)));
        Assert.All(history.Countries, c => Assert.Equal(0, c.Alumni));
        Assert.Equal(history.Programmes.Min(p => p.Opens), history.Start);
    }
}
