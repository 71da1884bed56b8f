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
        await catalog.WriteStateAsync();
    }

    public Task<string[]> List() => Task.FromResult(catalog.State.Ids.ToArray());
}

[GenerateSerializer, Alias("twin.study-catalog")]
public sealed class StudyCatalog
{
    [Id(0)] public List<string> Ids { get; set; } = [];
}
