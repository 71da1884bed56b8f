using Twin.Contracts.Kernel;
using Twin.Model.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// A run grain's persisted state: the request, the lifecycle, and the last complete checkpoint
/// with the messages in flight at that barrier. A run reactivated after a crash resumes from it.
/// </summary>
[GenerateSerializer, Alias("twin.run-record")]
public sealed class RunRecord
{
    [Id(0)] public RunRequest? Request { get; set; }
    [Id(1)] public RunState State { get; set; }

    /// <summary>The last day whose end is checkpointed everywhere; -1 before the first checkpoint.</summary>
    [Id(2)] public int CheckpointDay { get; set; } = -1;

    /// <summary>Messages sent on <see cref="CheckpointDay"/>, by receiving partition, to deliver on the next day.</summary>
    [Id(3)] public Message[][] InFlight { get; set; } = [];

    [Id(4)] public string? Error { get; set; }

    /// <summary>How many times the run resumed from a checkpoint after losing its activation.</summary>
    [Id(5)] public int Resumptions { get; set; }

    [Id(6)] public double ElapsedSeconds { get; set; }

    /// <summary>Observed values (the live twin), kept so a resumed run hands them over again at the same ticks.</summary>
    [Id(7)] public List<ObservationEntry> Observations { get; set; } = [];

    /// <summary>The observed events taken and not retracted, in the order taken; <see cref="Observations"/> is rebuilt from them.</summary>
    [Id(8)] public List<ObservationEvent> Events { get; set; } = [];

    /// <summary>Days with a stored restore point (a whole-run snapshot at a checkpoint), oldest first.</summary>
    [Id(9)] public List<int> RestoreDays { get; set; } = [];

    /// <summary>Who wants the run while it goes on (study ids; "" for a caller of its own): it is cancelled only when none is left.</summary>
    [Id(10)] public List<string> Holders { get; set; } = [];
}

/// <summary>One observed KPI value of one entity and day, and the tick at which it is handed to the entity.</summary>
[GenerateSerializer, Alias("twin.observation-entry")]
public sealed class ObservationEntry
{
    [Id(0)] public string EntityId { get; set; } = "";
    [Id(1)] public string Kpi { get; set; } = "";
    [Id(2)] public int Day { get; set; }
    [Id(3)] public double Value { get; set; }

    /// <summary>The tick that hands it over: its own day, or the next tick if that day has passed.</summary>
    [Id(4)] public int DeliverAt { get; set; }

    [Id(5)] public bool Delivered { get; set; }

    /// <summary>The weights behind a weighted mean (the lots behind a VWAP); 0 for sums and replaced values.</summary>
    [Id(6)] public double WeightSum { get; set; }
}
