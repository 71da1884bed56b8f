using Orleans.Storage;
using Twin.Storage.Tests.Grains;
using Twin.Storage.Tests.Support;

namespace Twin.Storage.Tests;

/// <summary>
/// The "twin" grain storage contract, run against each real database through the real Orleans
/// ADO.NET provider and our own schema and statements.
/// </summary>
public abstract class GrainStorageTests<TCluster>(TCluster fixture) where TCluster : StorageCluster
{
    private IGrainStorage Storage => fixture.Storage;

    [SkippableFact]
    public async Task State_round_trips_through_the_database_with_every_field_intact()
    {
        fixture.SkipIfUnavailable();
        var key = $"run-{Guid.NewGuid():N}/town-jiaozhou";
        var grain = fixture.Grains.GetGrain<IProbeGrain>(key);
        var saved = Probes.State(7);

        await grain.Save(saved);
        await grain.Deactivate();

        Probes.Equal(saved, await grain.Load());
        var rows = await fixture.Database.QueryAsync(
            $"select version, payload is not null from twin_grain_state where grain_type = '{ProbeGrain.StateName}' and grain_id_ext = '{key}'");
        var row = Assert.Single(rows);
        Assert.Equal(1L, Convert.ToInt64(row[0]));
    }

    [SkippableFact]
    public async Task Keys_of_every_kind_keep_their_own_state()
    {
        fixture.SkipIfUnavailable();
        var number = Random.Shared.NextInt64(1, long.MaxValue);
        var guid = Guid.NewGuid();
        // Integer and Guid keys, with and without an extension (stored as NULL), and a string key.
        GrainId[] ids =
        [
            GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateIntegerKey(number)),
            GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateIntegerKey(number, "rail")),
            GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateIntegerKey(number, "road")),
            GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateGuidKey(guid)),
            GrainId.Create(GrainType.Create("probe"), GrainIdKeyExtensions.CreateGuidKey(guid, "rail")),
            GrainId.Create("probe", $"town-{guid:N}"),
        ];

        for (var i = 0; i < ids.Length; i++)
        {
            var state = await ReadAsync(ids[i]);
            state.State = Probes.State(i);
            await WriteAsync(ids[i], state);
        }

        for (var i = 0; i < ids.Length; i++)
            Probes.Equal(Probes.State(i), (await ReadAsync(ids[i])).State!);
    }

    [SkippableFact]
    public async Task A_stale_etag_raises_InconsistentStateException_and_no_update_is_lost()
    {
        fixture.SkipIfUnavailable();
        var id = NewGrainId();
        var first = await ReadAsync(id);
        var second = await ReadAsync(id);
        first.State!.Tallies["first"] = 1;
        await WriteAsync(id, first);

        // The second writer read before the first wrote: its etag is stale, its write is refused.
        second.State!.Tallies["second"] = 2;
        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(id, second));

        // The same after updates, not just on the first write.
        var stale = await ReadAsync(id);
        first.State!.Tallies["first"] = 10;
        await WriteAsync(id, first);
        stale.State!.Tallies["stale"] = 3;
        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(id, stale));

        // The refused writer reads again and reapplies its change: both survive.
        var retry = await ReadAsync(id);
        retry.State!.Tallies["second"] = 2;
        await WriteAsync(id, retry);
        var final = await ReadAsync(id);
        Assert.Equal(new Dictionary<string, int> { ["first"] = 10, ["second"] = 2 }, final.State!.Tallies);
        Assert.Equal("3", final.ETag);
    }

    [SkippableFact]
    public async Task Concurrent_read_modify_write_loops_lose_no_update()
    {
        fixture.SkipIfUnavailable();
        var id = NewGrainId();
        const int writers = 6, updatesEach = 5;
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var update = 0; update < updatesEach; update++)
            {
                while (true)
                {
                    var state = await ReadAsync(id);
                    state.State!.Count++;
                    state.State!.Tallies[$"{writer}/{update}"] = writer;
                    try
                    {
                        await WriteAsync(id, state);
                        break;
                    }
                    catch (InconsistentStateException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })));

        var final = await ReadAsync(id);
        Assert.Equal(writers * updatesEach, final.State!.Count);
        Assert.Equal(writers * updatesEach, final.State!.Tallies.Count);
        Assert.Equal((writers * updatesEach).ToString(System.Globalization.CultureInfo.InvariantCulture), final.ETag);
    }

    [SkippableFact]
    public async Task A_grain_whose_state_was_written_elsewhere_gets_InconsistentStateException()
    {
        fixture.SkipIfUnavailable();
        var grain = fixture.Grains.GetGrain<IProbeGrain>($"run-{Guid.NewGuid():N}");
        await grain.Save(Probes.State(1));

        // Another writer (a second activation after a split, an operator's tool) moves the version on.
        var elsewhere = await ReadAsync(grain.GetGrainId());
        elsewhere.State!.Name = "written elsewhere";
        await WriteAsync(grain.GetGrainId(), elsewhere);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Save(Probes.State(2)));
        await grain.Deactivate();
        Assert.Equal("written elsewhere", (await grain.Load()).Name);
    }

    [SkippableFact]
    public async Task Cleared_state_reads_back_empty_and_can_be_written_again()
    {
        fixture.SkipIfUnavailable();
        var grain = fixture.Grains.GetGrain<IProbeGrain>($"run-{Guid.NewGuid():N}");
        await grain.Save(Probes.State(3));
        await grain.Clear();
        await grain.Deactivate();

        var cleared = await grain.Load();
        Assert.Equal("", cleared.Name);
        Assert.Equal(0, cleared.Count);

        await grain.Save(Probes.State(4));
        await grain.Deactivate();
        Probes.Equal(Probes.State(4), await grain.Load());
    }

    [SkippableFact]
    public async Task Set_up_runs_again_without_error_and_without_touching_existing_rows()
    {
        fixture.SkipIfUnavailable();
        await fixture.Grains.GetGrain<IProbeGrain>($"run-{Guid.NewGuid():N}").Save(Probes.State(5));
        var before = await fixture.Database.SnapshotAsync();
        Assert.Contains(before, line => line.Contains("twin_grain_state", StringComparison.Ordinal));

        var again = await Schema.DatabaseSetup.RunAsync(fixture.Database.Target);
        var onceMore = await Schema.DatabaseSetup.RunAsync(fixture.Database.Target);

        Assert.False(again.ChangedAnything);
        Assert.False(onceMore.ChangedAnything);
        Assert.Equal(before, await fixture.Database.SnapshotAsync());
    }

    private static GrainId NewGrainId() => GrainId.Create("probe", $"direct-{Guid.NewGuid():N}");

    private async Task<GrainState<ProbeState>> ReadAsync(GrainId id)
    {
        var state = new GrainState<ProbeState>();
        await Storage.ReadStateAsync(ProbeGrain.StateName, id, state);
        return state;
    }

    private Task WriteAsync(GrainId id, GrainState<ProbeState> state) => Storage.WriteStateAsync(ProbeGrain.StateName, id, state);
}
