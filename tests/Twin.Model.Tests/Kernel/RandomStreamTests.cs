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
    public void A_state_read_with_a_fork_replications_key_moves_to_that_replications_own_stream()
    {
        var saved = RandomStreams.Create(1, 0, "rail-moscow", "transit").State;
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            for (int i = 0; i < 3; i++) writer.Write(saved);
        buffer.Position = 0;
        Assert.Equal(saved, new BinaryReader(buffer, System.Text.Encoding.UTF8, leaveOpen: true).ReadStreamState());
        var one = new RekeyingReader(buffer, "fork-a/1").ReadStreamState();
        buffer.Position = 0;
        Assert.Equal(one, new RekeyingReader(buffer, "fork-a/1").ReadStreamState());
        var two = new RekeyingReader(buffer, "fork-a/2").ReadStreamState();
        Assert.NotEqual(saved, one);
        Assert.NotEqual(one, two);
        Assert.NotEqual(one, StreamRekey.Apply(RandomStreams.Create(1, 0, "rail-moscow", "cancellations").State, "fork-a/1"));
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
