using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Institute;

public sealed class InstituteCheckpointTests
{
    [Fact]
    public void A_run_with_the_institute_resumed_from_a_checkpoint_continues_exactly_as_the_straight_run()
    {
        // Classes, intakes and tours under way at the checkpoint, and a lever after it.
        var scenario = Tests.Logistics.LogisticsScenarios.With(Support.TestScenarios.Load("institute-doubles-classes.json"),
            InstituteScenarios.Set(60, "programmes/macao-universities/enabled", true),
            InstituteScenarios.Scale(0, "programmes/go-global-tours/classesPerYear", 6));
        const int days = 150, checkpoint = 95;
        var straight = new MessageLoop(scenario, 4, days);
        var resumed = new MessageLoop(scenario, 4, days);
        for (int day = 0; day < days; day++)
        {
            straight.Step(day);
            if (day == checkpoint) resumed.RestoreFromCheckpoint();
            resumed.Step(day);
        }
        var expected = straight.Kpis;
        var actual = resumed.Kpis;
        for (int i = 0; i < expected.Count; i++)
            Assert.True(expected[i].Values.AsSpan().SequenceEqual(actual[i].Values), $"{expected[i].EntityId} differs after resuming");
        Assert.True(expected.Single(s => s.EntityId == "go-global-tours").Sum("firms_toured") > 0);
        Assert.True(expected.Single(s => s.EntityId == "sco-institute").Sum("firms_founded") > 0);
    }
}
