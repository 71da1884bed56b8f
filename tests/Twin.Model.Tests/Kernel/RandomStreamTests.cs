using Twin.Model.Randomness;

namespace Twin.Model.Tests.Kernel;

public class RandomStreamTests
{
    [Fact]
    public void A_stream_depends_only_on_seed_replication_entity_and_purpose()
    {
        // Pinned values: a change here would silently change every stored result.
        Assert.Equal(RandomStreams.SeedFor(42, 0, "airport", "demand"), RandomStreams.SeedFor(42, 0, "airport", "demand"));
        Assert.NotEqual(RandomStreams.SeedFor(42, 0, "airport", "demand"), RandomStreams.SeedFor(42, 1, "airport", "demand"));
        Assert.NotEqual(RandomStreams.SeedFor(42, 0, "airport", "demand"), RandomStreams.SeedFor(42, 0, "banqiao", "demand"));
        Assert.NotEqual(RandomStreams.SeedFor(42, 0, "airport", "demand"), RandomStreams.SeedFor(42, 0, "airport", "churn"));
        Assert.NotEqual(RandomStreams.SeedFor(42, 0, "airport", "demand"), RandomStreams.SeedFor(43, 0, "airport", "demand"));
    }

    [Fact]
    public void A_restored_state_continues_the_same_stream()
    {
        var a = RandomStreams.Create(1, 2, "x", "y");
        for (int i = 0; i < 10; i++) a.NextDouble();
        var b = StreamRandom.FromState(a.State);
        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextUInt64()), Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void Bounded_draws_stay_in_range_and_cover_it()
    {
        var random = new StreamRandom(7);
        var seen = new HashSet<int>();
        for (int i = 0; i < 10_000; i++)
        {
            int v = random.Next(3, 9);
            Assert.InRange(v, 3, 8);
            seen.Add(v);
        }
        Assert.Equal(6, seen.Count);
        Assert.InRange(Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).Average(), 0.49, 0.51);
    }
}
