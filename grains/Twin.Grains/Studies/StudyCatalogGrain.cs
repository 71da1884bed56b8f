using Twin.Contracts.Studies;
using Twin.Storage;

namespace Twin.Grains.Studies;

/// <summary>Remembers every study's id, so `twin results` and the HTTP API can list them after a restart.</summary>
public sealed class StudyCatalogGrain([PersistentState("studies", TwinStorage.ProviderName)] IPersistentState<StudyCatalog> catalog)
    : Grain, IStudyCatalogGrain
{
    public async Task Add(string studyId)
    {
        if (catalog.State.Ids.Contains(studyId)) return;
        catalog.State.Ids.Add(studyId);
        _index?.Add(studyId);
        await catalog.WriteStateAsync();
    }

    public Task<string[]> List() => Task.FromResult(catalog.State.Ids.ToArray());

    public Task<bool> Contains(string studyId) => Task.FromResult((_index ??= [.. catalog.State.Ids]).Contains(studyId));

    public Task<StudyIdPage> Page(int offset, int limit)
    {
        var ids = catalog.State.Ids;
        int start = Math.Max(0, ids.Count - Math.Max(0, offset) - Math.Max(0, limit)), end = Math.Max(0, ids.Count - Math.Max(0, offset));
        var page = ids.GetRange(start, end - start);
        page.Reverse();
        return Task.FromResult(new StudyIdPage([.. page], ids.Count));
    }

    private HashSet<string>? _index;
}

[GenerateSerializer, Alias("twin.study-catalog")]
public sealed class StudyCatalog
{
    [Id(0)] public List<string> Ids { get; set; } = [];
}
