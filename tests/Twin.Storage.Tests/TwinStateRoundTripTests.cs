using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;
using Twin.Grains.Kernel;
using Twin.Grains.Studies;
using Twin.Model.Kernel;
using Twin.Storage.Tests.Support;

namespace Twin.Storage.Tests;

/// <summary>
/// Every state the twin's grains persist, filled in, written and read back through the real
/// provider on each real database, and compared field for field (as Orleans serializes them).
/// </summary>
public abstract class TwinStateRoundTripTests<TCluster>(TCluster fixture) where TCluster : StorageCluster
{
    private static readonly RunRequest Request = new("{\"name\":\"x\"}", "abc123", 42, 3, 365, 50, 30, 6.5, "fork-1");

    private static readonly Message[] Messages =
    [
        new(1, 2, 0, MessageKind.SyntheticToken, 1, 2, 3, 4, 0.5, -1.25, double.MaxValue, 1e-300),
        new(7, 3, 5, MessageKind.SyntheticToken, D0: 9.75),
    ];

    public static TheoryData<string> StateNames => ["run", "partition", "study", "studies", "fork"];

    [SkippableTheory]
    [MemberData(nameof(StateNames))]
    public async Task Every_persisted_state_of_the_twin_round_trips(string name)
    {
        fixture.SkipIfUnavailable();
        switch (name)
        {
            case "run": await RoundTrip(name, Run()); break;
            case "partition": await RoundTrip(name, Partition()); break;
            case "study": await RoundTrip(name, Study()); break;
            case "studies": await RoundTrip(name, new StudyCatalog { Ids = ["study-1", "study-2"], Running = ["study-2"] }); break;
            case "fork": await RoundTrip(name, Fork()); break;
        }
    }

    private async Task RoundTrip<T>(string stateName, T value) where T : class, new()
    {
        var storage = fixture.Storage;
        var id = GrainId.Create("twin-state", $"{stateName}-{Guid.NewGuid():N}");
        var written = new GrainState<T> { State = value };
        await storage.WriteStateAsync(stateName, id, written);
        var read = new GrainState<T> { State = new T() };
        await storage.ReadStateAsync(stateName, id, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        var serializer = fixture.Services.GetRequiredService<Serializer>();
        Assert.Equal(serializer.SerializeToArray(value), serializer.SerializeToArray(read.State));
    }

    private static RunRecord Run() => new()
    {
        Request = Request,
        State = RunState.Running,
        CheckpointDay = 29,
        InFlight = [Messages, []],
        Error = "none",
        Resumptions = 2,
        ElapsedSeconds = 12.5,
        Observations = [new ObservationEntry { EntityId = "rail-moscow", Kpi = "teu_departed", Day = 40, Value = 184, DeliverAt = 40, Delivered = true }],
        Holders = ["study-a", ""],
    };

    private static PartitionCheckpoint Partition()
    {
        var checkpoint = new PartitionCheckpoint();
        checkpoint.Put(29, [[1, 2, 3], [4, 5]], keepDay: -1);
        checkpoint.Put(59, [[6], []], keepDay: 29);
        return checkpoint;
    }

    private static StudyRecord Study() => new()
    {
        Request = new StudyRequest(StudyKind.Sweep,
            [new StudyVariant("share=0.5", "baseline", "{}", "h1", new Dictionary<string, double> { ["towns/airport/labourForceShare"] = 0.5 }, "scenarios/baseline.json")],
            42, 20, 365, 30, "a sweep", 4, "fork-2"),
        Runs = [new StudyRun("run-a", 0, 0), new StudyRun("run-b", 0, 1)],
        State = StudyState.Running,
        CreatedAt = new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero),
        Progress = [2, 1],
        RunsFromCache = 1,
        ElapsedSeconds = 3.25,
    };

    private static ForkPointRecord Fork() => new()
    {
        Point = new ForkPoint("live", 120, "abc123", 50, [[[1, 2], [3]], [[4]]], [Messages, []], 42, 0),
    };
}

public sealed class SqliteTwinStateRoundTripTests(SqliteStorageCluster fixture)
    : TwinStateRoundTripTests<SqliteStorageCluster>(fixture), IClassFixture<SqliteStorageCluster>;

public sealed class PostgresTwinStateRoundTripTests(PostgresStorageCluster fixture)
    : TwinStateRoundTripTests<PostgresStorageCluster>(fixture), IClassFixture<PostgresStorageCluster>;
