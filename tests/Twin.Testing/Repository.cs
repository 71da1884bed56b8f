namespace Twin.Testing;

/// <summary>The repository the tests run from: the folder holding Twin.sln above the test's output.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Twin.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Twin.sln not found above the test output.");
    }
}
