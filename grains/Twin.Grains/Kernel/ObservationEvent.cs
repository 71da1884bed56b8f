using Twin.Contracts.Kernel;

namespace Twin.Grains.Kernel;

/// <summary>
/// One observed event a run took: the source of truth for its observations. The per-KPI entries
/// the run hands to its entities are rebuilt from these, so an event can be retracted and the run
/// replayed without it.
/// </summary>
[GenerateSerializer, Alias("twin.observation-event")]
public sealed class ObservationEvent
{
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>The tick that was next when the event came (its values apply from then on).</summary>
    [Id(1)] public int ReceivedAt { get; set; }

    [Id(2)] public KpiObservation[] Values { get; set; } = [];

    /// <summary>The event as it was sent, for listings.</summary>
    [Id(3)] public string Text { get; set; } = "";

    public ObservationEventInfo Info => new(Id, ReceivedAt, Values.Length == 0 ? ReceivedAt : Values.Min(v => v.Day), Text);
}
