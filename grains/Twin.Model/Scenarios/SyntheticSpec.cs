namespace Twin.Model.Scenarios;

/// <summary>
/// Light entities that do almost nothing but send messages: they measure the kernel itself
/// (`twin bench`) and prove its routing rules, free of any zone model.
/// </summary>
public sealed class SyntheticSpec
{
    [InitialCondition, Min(0), Max(1_000_000)] public required int Entities { get; init; }

    [Min(0), Max(1000)] public int MessagesPerTick { get; init; } = 3;
}
