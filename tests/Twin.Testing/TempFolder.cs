namespace Twin.Testing;

/// <summary>
/// A new folder of its own under the system's temporary folder, for one test or fixture, removed
/// when disposed. Removal is best effort: a process still closing may hold a file, and the system
/// cleans its temporary folder in the end anyway.
/// </summary>
public sealed class TempFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>A path inside the folder.</summary>
    public string PathOf(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
