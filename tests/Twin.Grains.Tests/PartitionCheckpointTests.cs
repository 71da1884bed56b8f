using Twin.Grains.Kernel;

namespace Twin.Grains.Tests;

public sealed class PartitionCheckpointTests
{
    private static readonly byte[][] Old = [[1]], New = [[2]], Newer = [[3]];

    [Fact]
    public void Two_cut_short_attempts_at_one_checkpoint_never_overwrite_the_last_complete_one()
    {
        var checkpoint = new PartitionCheckpoint();
        checkpoint.Put(9, Old, keepDay: -1);
        checkpoint.Put(19, New, keepDay: 9);
        // The run's record still names day 9 (its write was cut short); day 19 is tried again, twice.
        checkpoint.Put(19, New, keepDay: 9);
        checkpoint.Put(19, Newer, keepDay: 9);

        Assert.Same(Old, checkpoint.Get(9));
        Assert.Same(Newer, checkpoint.Get(19));
    }

    [Fact]
    public void A_new_checkpoint_replaces_the_one_before_the_last_complete_one()
    {
        var checkpoint = new PartitionCheckpoint();
        checkpoint.Put(9, Old, keepDay: -1);
        checkpoint.Put(19, New, keepDay: 9);
        checkpoint.Put(29, Newer, keepDay: 19);

        Assert.Null(checkpoint.Get(9));
        Assert.Same(New, checkpoint.Get(19));
        Assert.Same(Newer, checkpoint.Get(29));
    }
}
