using Twin.Model.Kernel;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Markets;

/// <summary>Every entity of the baseline (markets, members and clearing house included) resumes from a checkpoint exactly.</summary>
public sealed class CheckpointTests
{
    [Fact]
    public void A_run_restored_from_a_checkpoint_continues_bit_for_bit_like_the_uninterrupted_run()
    {
        var scenario = TestScenarios.Load("oil-price-shock-30pct.json");
        const int days = 220, checkpoint = 190;
        var straight = new MessageLoop(scenario, scenario.Seed, days);
        var restored = new MessageLoop(scenario, scenario.Seed, days);

        IReadOnlyList<Message> expected = [], actual = [];
        for (int day = 0; day < days; day++)
        {
            if (day == checkpoint) restored.RestoreFromCheckpoint();
            expected = straight.Step(day);
            actual = restored.Step(day);
        }

        var (straightKpis, restoredKpis) = (straight.Kpis, restored.Kpis);
        for (int i = 0; i < straightKpis.Count; i++)
            Assert.True(straightKpis[i].Values.AsSpan().SequenceEqual(restoredKpis[i].Values), $"{straightKpis[i].EntityId} diverged after the restore");
        // The messages still in flight at the end.
        Assert.Equal(expected, actual);
    }
}
