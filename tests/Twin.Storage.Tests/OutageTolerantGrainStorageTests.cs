using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;
using Twin.Storage.Resilience;

namespace Twin.Storage.Tests;

/// <summary>Grain storage through a database outage: retries, and writes whose answer was lost.</summary>
public sealed class OutageTolerantGrainStorageTests
{
    private static readonly GrainId Grain = GrainId.Create("probe", "a");

    [Fact]
    public async Task A_write_committed_whose_answer_was_lost_is_not_sent_again_and_takes_the_new_version()
    {
        var database = new FlakyStorage { Version = 4, Stored = "old", FailAfterCommit = 1 };
        var state = new GrainState<string>("new", "4");

        await Storage(database).WriteStateAsync("probe", Grain, state);

        Assert.Equal(("5", "new", 1), (state.ETag, database.Stored, database.Writes));
    }

    [Fact]
    public async Task A_write_that_never_reached_the_database_is_sent_again_once_it_answers()
    {
        var database = new FlakyStorage { Version = 4, Stored = "old", FailBeforeCommit = 3 };
        var state = new GrainState<string>("new", "4");

        await Storage(database).WriteStateAsync("probe", Grain, state);

        Assert.Equal(("5", "new", 1), (state.ETag, database.Stored, database.Writes));
    }

    [Fact]
    public async Task Another_writer_during_the_outage_is_a_conflict_not_a_success()
    {
        var database = new FlakyStorage { Version = 4, Stored = "old", FailBeforeCommit = 1 };
        database.BeforeRetry = () => (database.Version, database.Stored) = (5, "theirs");

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage(database).WriteStateAsync("probe", Grain, new GrainState<string>("new", "4")));
        Assert.Equal("theirs", database.Stored);
    }

    [Fact]
    public async Task An_outage_longer_than_the_window_fails_the_call_saying_so()
    {
        var database = new FlakyStorage { Version = 1, Stored = "old", FailBeforeCommit = int.MaxValue };
        var storage = new OutageTolerantGrainStorage(database, new JsonStateSerializer(), new OutagePolicy(TimeSpan.FromMilliseconds(300), NullLogger.Instance));

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => storage.ReadStateAsync("probe", Grain, new GrainState<string>()));
        Assert.StartsWith("The database was unreachable for 0 s while reading the probe state of probe/a", error.Message, StringComparison.Ordinal);
    }

    private static OutageTolerantGrainStorage Storage(FlakyStorage database) =>
        new(database, new JsonStateSerializer(), new OutagePolicy(TimeSpan.FromSeconds(30), NullLogger.Instance));

    /// <summary>A database that drops connections: before a write commits, or after (its answer lost).</summary>
    private sealed class FlakyStorage : IGrainStorage
    {
        public int Version { get; set; }
        public string Stored { get; set; } = "";
        public int FailBeforeCommit { get; set; }
        public int FailAfterCommit { get; set; }
        public int Writes { get; private set; }
        public Action? BeforeRetry { get; set; }

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (FailBeforeCommit == int.MaxValue) throw new TimeoutException("connection refused");
            (grainState.State, grainState.ETag, grainState.RecordExists) = ((T)(object)Stored, $"{Version}", true);
            return Task.CompletedTask;
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (FailBeforeCommit-- > 0)
            {
                BeforeRetry?.Invoke();
                throw new TimeoutException("connection refused");
            }
            if (grainState.ETag != $"{Version}") throw new InconsistentStateException("version conflict", $"{Version}", grainState.ETag);
            (Version, Stored, Writes) = (Version + 1, (string)(object)grainState.State!, Writes + 1);
            if (FailAfterCommit-- > 0) throw new IOException("connection reset while reading the answer");
            grainState.ETag = $"{Version}";
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
    }

    private sealed class JsonStateSerializer : IGrainStorageSerializer
    {
        public BinaryData Serialize<T>(T? input) => BinaryData.FromBytes(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(input));

        public T Deserialize<T>(BinaryData input) => System.Text.Json.JsonSerializer.Deserialize<T>(input.ToArray())!;
    }
}
