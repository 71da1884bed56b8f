using Twin.Contracts.Studies;
using Twin.Storage;

namespace Twin.Grains.Studies;

/// <summary>
/// Remembers every study's id, so `twin results` and the HTTP API can list them after a restart,
/// and which of them are still running, so that a silo can wake those lost with another silo.
/// </summary>
public sealed class StudyCatalogGrain([PersistentState("studies", TwinStorage.ProviderName)] IPersistentState<StudyCatalog> catalog)
    : Grain, IStudyCatalogGrain
{
    public async Task Add(string studyId)
    {
        bool added = !Known.Contains(studyId);
        if (added)
        {
            catalog.State.Ids.Add(studyId);
            Known.Add(studyId);
        }
        if (!catalog.State.Running.Contains(studyId)) catalog.State.Running.Add(studyId);
        else if (!added) return;
        await catalog.WriteStateAsync();
    }

    public async Task Ended(string studyId)
    {
        if (!catalog.State.Running.Remove(studyId)) return;
        await catalog.WriteStateAsync();
    }

    public Task<string[]> List() => Task.FromResult(catalog.State.Ids.ToArray());

    public Task<bool> Contains(string studyId) => Task.FromResult(Known.Contains(studyId));

    public Task<StudyIdPage> Page(int offset, int limit)
    {
        var ids = catalog.State.Ids;
        int start = Math.Max(0, ids.Count - Math.Max(0, offset) - Math.Max(0, limit)), end = Math.Max(0, ids.Count - Math.Max(0, offset));
        var page = ids.GetRange(start, end - start);
        page.Reverse();
        return Task.FromResult(new StudyIdPage([.. page], ids.Count));
    }

    /// <summary>The ids as a set, for lookups that do not walk the list.</summary>
    private HashSet<string> Known => _index ??= [.. catalog.State.Ids];

    private HashSet<string>? _index;

    public Task<string[]> ListRunning() => Task.FromResult(catalog.State.Running.ToArray());
}

[GenerateSerializer, Alias("twin.study-catalog")]
public sealed class StudyCatalog
{
    [Id(0)] public List<string> Ids { get; set; } = [];

    /// <summary>Studies started and not yet ended.</summary>
    [Id(1)] public List<string> Running { get; set; } = [];
}
