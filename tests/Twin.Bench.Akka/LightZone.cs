using Twin.Model.Scenarios;

namespace Twin.Bench.Akka;

/// <summary>The light zone of `twin bench`: synthetic entities that each send a few tokens a day.</summary>
public static class LightZone
{
    public static Scenario Create(int entities, int messagesPerTick, int days) => new()
    {
        Name = "bench-light",
        Days = days,
        Sectors = BuiltInScenarios.Baseline().Sectors,
        Synthetic = new SyntheticSpec { Entities = entities, MessagesPerTick = messagesPerTick },
    };
}
