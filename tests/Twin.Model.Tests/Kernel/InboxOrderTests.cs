using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Kernel;

public class InboxOrderTests
{
    private static Scenario Light() => new()
    {
        Name = "light",
        Days = 40,
        Sectors = BuiltInScenarios.Baseline().Sectors,
        Synthetic = new SyntheticSpec { Entities = 30, MessagesPerTick = 4 },
    };

    [Fact]
    public void Shuffling_every_inbox_does_not_change_the_results()
    {
        var scenario = Light();
        var reference = new SequentialRunner(scenario, 11, 0, scenario.Days).Run();
        var shuffled = RunWithShuffledInboxes(scenario, new Random(1234));
        for (int i = 0; i < reference.Count; i++)
            Assert.True(reference[i].Values.AsSpan().SequenceEqual(shuffled[i].Values), $"{reference[i].EntityId} differs");
    }

    [Fact]
    public void The_digest_really_depends_on_order_so_the_test_above_can_fail()
    {
        // Folding the same tokens in another order gives another digest; only the host's canonical sort makes it stable.
        double Fold(IEnumerable<double> values) => values.Aggregate(0.0, (d, v) => d * 0.999 + v);
        var tokens = new[] { 0.1, 0.7, 0.3 };
        Assert.NotEqual(Fold(tokens), Fold(tokens.Reverse()));
    }

    /// <summary>The sequential runner's loop, but every inbox arrives in a random order.</summary>
    private static IReadOnlyList<KpiSeries> RunWithShuffledInboxes(Scenario scenario, Random shuffle)
    {
        var directory = EntityCatalog.DirectoryOf(scenario);
        var hosts = directory.Entities.Select(e => new EntityHost(new EntitySetup(scenario, e, directory, 11, 0), scenario.Days)).ToArray();
        var inboxes = hosts.Select(_ => new List<Message>()).ToArray();
        for (int day = 0; day < scenario.Days; day++)
        {
            var next = hosts.Select(_ => new List<Message>()).ToArray();
            for (int i = 0; i < hosts.Length; i++)
            {
                var inbox = inboxes[i].ToArray();
                shuffle.Shuffle(inbox);
                foreach (var message in hosts[i].Step(day, inbox)) next[message.To].Add(message);
            }
            inboxes = next;
        }
        return hosts.Select(h => h.Kpis).ToArray();
    }
}
