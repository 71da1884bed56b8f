using Twin.Model.Kernel;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Logistics;

public sealed class CheckpointTests
{
    [Fact]
    public void A_run_resumed_from_a_checkpoint_continues_exactly_as_the_straight_run()
    {
        var scenario = TestScenarios.Load("tir-almaty-closed-14-days.json");
        const int days = 150, checkpoint = 110;
        var straight = new SequentialRunner(scenario, 9, 0, days).Run();

        var directory = EntityCatalog.DirectoryOf(scenario);
        EntityHost[] NewHosts() => directory.Entities.Select(e => new EntityHost(new EntitySetup(scenario, e, directory, 9, 0), days)).ToArray();
        var hosts = NewHosts();
        var inboxes = Step(hosts, directory.Count, 0, checkpoint, Empty(directory.Count));

        // Restore every entity into fresh hosts; the messages in flight are the run's, not the entities'.
        var resumed = NewHosts();
        for (int i = 0; i < hosts.Length; i++) resumed[i].LoadState(hosts[i].SaveState());
        Step(resumed, directory.Count, checkpoint, days, inboxes);

        for (int i = 0; i < resumed.Length; i++)
            Assert.True(straight[i].Values.AsSpan().SequenceEqual(resumed[i].Kpis.Values), $"{straight[i].EntityId} differs after resuming");
    }

    private static Message[][] Empty(int count) => Enumerable.Repeat(Array.Empty<Message>(), count).ToArray();

    private static Message[][] Step(EntityHost[] hosts, int count, int from, int until, Message[][] inboxes)
    {
        for (int day = from; day < until; day++)
        {
            var next = new List<Message>[count];
            for (int i = 0; i < count; i++)
                foreach (var m in hosts[i].Step(day, inboxes[i]))
                    (next[m.To] ??= []).Add(m);
            inboxes = next.Select(l => l?.ToArray() ?? []).ToArray();
        }
        return inboxes;
    }
}
