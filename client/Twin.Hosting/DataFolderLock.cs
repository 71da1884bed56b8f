namespace Twin.Hosting;

/// <summary>
/// One embedded silo at a time per data folder. Two would each activate the same grains on the
/// same SQLite file, outside one cluster, and fight over their state (version conflicts,
/// InconsistentStateException at the end of a run). A second `twin` on the folder waits for the
/// first to finish, saying so, rather than race it; Ctrl+C stops the wait.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = "twin.lock";
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(250);

    private readonly FileStream _file;

    private DataFolderLock(FileStream file) => _file = file;

    /// <param name="waiting">Told once, when another twin holds the folder.</param>
    public static async Task<DataFolderLock> AcquireAsync(string folder, Action<string>? waiting = null, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        bool told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock that the system drops when the process ends, however it ends.
                return new DataFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (!cancellation.IsCancellationRequested)
            {
                if (!told)
                {
                    waiting?.Invoke($"another twin is using {Path.GetFullPath(folder)}; waiting for it to finish (Ctrl+C to stop, or --data for another folder)");
                    told = true;
                }
                await Task.Delay(Retry, cancellation);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
