using Twin.Model.Kernel;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Logistics;

public sealed class CheckpointTests
{
    /// <summary>The second checkpoint falls inside a closure, with capacity reviews and service factors under way.</summary>
    [Theory]
    [InlineData("tir-almaty-closed-14-days.json", 110)]
    [InlineData("rail-moscow-closed-30-days.json", 105)]
    public void A_run_resumed_from_a_checkpoint_continues_exactly_as_the_straight_run(string file, int checkpoint)
    {
        var scenario = TestScenarios.Load(file);
        const int days = 150;
        var straight = new SequentialRunner(scenario, 9, 0, days).Run();

        // Restore every entity into fresh hosts; the messages in flight are the run's, not the entities'.
        var resumed = new MessageLoop(scenario, 9, days);
        for (int day = 0; day < days; day++)
        {
            if (day == checkpoint) resumed.RestoreFromCheckpoint();
            resumed.Step(day);
        }

        var actual = resumed.Kpis;
        for (int i = 0; i < actual.Count; i++)
            Assert.True(straight[i].Values.AsSpan().SequenceEqual(actual[i].Values), $"{straight[i].EntityId} differs after resuming");
    }
}
