namespace Twin.Grains.Kernel;

/// <summary>
/// A partition's persisted checkpoints: its members' states, by member slot. One write per
/// partition per checkpoint, not one per entity. Two slots: a checkpoint being written must not
/// replace the last complete one, which the run may still need if the writing is cut short.
/// </summary>
[GenerateSerializer, Alias("twin.partition-checkpoint")]
public sealed class PartitionCheckpoint
{
    [Id(0)] public int DayA { get; set; } = -1;
    [Id(1)] public byte[][] StatesA { get; set; } = [];
    [Id(2)] public int DayB { get; set; } = -1;
    [Id(3)] public byte[][] StatesB { get; set; } = [];

    /// <summary>
    /// Stores the states of <paramref name="day"/> without touching those of
    /// <paramref name="keepDay"/> (the run's last complete checkpoint). Choosing by age alone is not
    /// enough: two cut-short attempts at the same new day would fill both slots with it.
    /// </summary>
    public void Put(int day, byte[][] states, int keepDay)
    {
        bool intoA = DayA == day || (DayB != day && (DayB == keepDay || (DayA != keepDay && DayA <= DayB)));
        if (intoA) (DayA, StatesA) = (day, states);
        else (DayB, StatesB) = (day, states);
    }

    public byte[][]? Get(int day) => DayA == day ? StatesA : DayB == day ? StatesB : null;
}
