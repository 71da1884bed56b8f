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
        var directory = EntityCatalog.DirectoryOf(scenario);
        EntityHost[] NewHosts() => directory.Entities
            .Select(e => new EntityHost(new EntitySetup(scenario, e, directory, scenario.Seed, 0), days)).ToArray();

        var straight = NewHosts();
        var inboxes = Route(straight, Empty(directory.Count), 0, checkpoint);
        var restored = NewHosts();
        for (int i = 0; i < straight.Length; i++) restored[i].LoadState(straight[i].SaveState());

        var expected = Route(straight, inboxes, checkpoint, days);
        var actual = Route(restored, inboxes, checkpoint, days);
        for (int i = 0; i < straight.Length; i++)
            Assert.True(straight[i].Kpis.Values.AsSpan().SequenceEqual(restored[i].Kpis.Values), $"{straight[i].Entity.Id} diverged after the restore");
        Assert.Equal(expected.SelectMany(x => x), actual.SelectMany(x => x));
    }

    /// <summary>Steps the hosts from day <paramref name="from"/> to <paramref name="until"/>, routing outboxes to tomorrow's inboxes; returns the inboxes left for <paramref name="until"/>.</summary>
    private static Message[][] Route(EntityHost[] hosts, Message[][] inboxes, int from, int until)
    {
        for (int day = from; day < until; day++)
        {
            var next = hosts.Select(_ => new List<Message>()).ToArray();
            for (int i = 0; i < hosts.Length; i++)
                foreach (var m in hosts[i].Step(day, inboxes[i].ToArray())) next[m.To].Add(m);
            inboxes = next.Select(l => l.ToArray()).ToArray();
        }
        return inboxes;
    }

    private static Message[][] Empty(int count) => Enumerable.Range(0, count).Select(_ => Array.Empty<Message>()).ToArray();
}
