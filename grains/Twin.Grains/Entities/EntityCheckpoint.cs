namespace Twin.Grains.Entities;

/// <summary>
/// An entity's persisted checkpoints. Two slots: a checkpoint being written must not replace the
/// last complete one, which the run may still need if the writing is cut short by a crash.
/// </summary>
[GenerateSerializer, Alias("twin.entity-checkpoint")]
public sealed class EntityCheckpoint
{
    [Id(0)] public int DayA { get; set; } = -1;
    [Id(1)] public byte[] StateA { get; set; } = [];
    [Id(2)] public int DayB { get; set; } = -1;
    [Id(3)] public byte[] StateB { get; set; } = [];

    public void Put(int day, byte[] state)
    {
        // Overwrite the older slot.
        if (DayA <= DayB) (DayA, StateA) = (day, state);
        else (DayB, StateB) = (day, state);
    }

    public byte[]? Get(int day) => DayA == day ? StateA : DayB == day ? StateB : null;
}
