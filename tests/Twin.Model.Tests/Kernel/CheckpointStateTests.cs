using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Kernel;

public class CheckpointStateTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(29)]
    public void An_entity_restored_from_its_state_continues_exactly_as_if_never_stopped(int stopAfter)
    {
        var scenario = BuiltInScenarios.Baseline();
        var directory = EntityCatalog.DirectoryOf(scenario);
        var entity = directory[directory.IndexOf("cosmoplat")];
        EntityHost NewHost() => new(new EntitySetup(scenario, entity, directory, 42, 3), 30);

        var straight = NewHost();
        for (int day = 0; day < 30; day++) straight.Step(day, []);

        var first = NewHost();
        for (int day = 0; day <= stopAfter; day++) first.Step(day, []);
        var resumed = NewHost();
        resumed.LoadState(first.SaveState());
        for (int day = stopAfter + 1; day < 30; day++) resumed.Step(day, []);

        Assert.True(straight.Kpis.Values.AsSpan().SequenceEqual(resumed.Kpis.Values));
        Assert.Equal(straight.SaveState(), resumed.SaveState());
    }
}
