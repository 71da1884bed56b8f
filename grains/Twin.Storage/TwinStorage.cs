namespace Twin.Storage;

/// <summary>Names shared by the grains and every host.</summary>
public static class TwinStorage
{
    /// <summary>
    /// The grain storage provider that holds every persisted state of the twin:
    /// <c>[PersistentState("run", TwinStorage.ProviderName)]</c>. The ADO.NET provider keys a
    /// state by its state name and the grain key only (not the grain class), so give each grain
    /// class its own state name.
    /// </summary>
    public const string ProviderName = "twin";
}
